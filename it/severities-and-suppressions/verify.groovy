// port-selectors is off, sender-address-check raised to a warning (which fails under
// failOn=warning), ipsec-v2-obsolete lowered to an info, availability-unknown and ikev1-historic
// (a rule of SPEC §4.5) suppressed: reported, but neither counted nor failing.
def log = new File(basedir, 'build.log').text
assert !log.contains('[port-selectors]')
assert log =~ /\[WARNING\] src\/main\/ipsec\/bgp\.yaml:\d+:\d+: \[sender-address-check\] /
assert log =~ /\[INFO\] src\/main\/ipsec\/bgp\.yaml:29:3: \[availability-unknown\] .*\[suppressed: The working group tracks/
assert log =~ /\[INFO\] src\/main\/ipsec\/bgp\.yaml:4:9: \[ipsec-v2-obsolete\] /
assert log =~ /\[INFO\] src\/main\/ipsec\/bgp\.yaml:18:7: \[ikev1-historic\] .*\[suppressed: This profile documents/
assert log.contains('IPsec profile check failed: 1 finding at or above failOn=warning:')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ipsec-profile/findings.json'))
assert json.findings*.rule.sort() == ['availability-unknown', 'ikev1-historic', 'ipsec-v2-obsolete', 'sender-address-check']
def suppressed = json.findings.find { it.rule == 'availability-unknown' }
assert suppressed.suppressed == true
assert suppressed.justification == 'The working group tracks router support in its milestone list.'
assert json.findings.find { it.rule == 'ikev1-historic' }.suppressed == true
assert json.findings.find { it.rule == 'ipsec-v2-obsolete' }.severity == 'info'
assert json.errors == 0 && json.warnings == 1 && json.infos == 1
return true

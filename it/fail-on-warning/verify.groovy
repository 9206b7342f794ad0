def log = new File(basedir, 'build.log').text
assert log.contains('IPsec profile check failed: 3 findings at or above failOn=warning:')
assert log =~ /  warning src\/main\/ipsec\/bgp\.yaml:29:3: \[availability-unknown\] /
assert log =~ /  warning src\/main\/ipsec\/bgp\.yaml:4:9: \[ipsec-v2-obsolete\] /
assert log =~ /  warning src\/main\/ipsec\/bgp\.yaml:18:7: \[ikev1-historic\] /
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ipsec-profile/findings.json'))
assert json.warnings == 3 && json.infos == 2
return true

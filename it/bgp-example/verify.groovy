// The bundled example: three findings, none failing, and findings.json as SPEC §6 says.
def log = new File(basedir, 'build.log').text
def pom = new File(basedir, 'pom.xml').text

assert pom.contains("<version>${pluginVersion}</version>") : "the example must name the plugin version being built"

assert log.contains('[INFO] src/main/ipsec/bgp.yaml:11:3: [port-selectors] ')
assert log =~ /\[INFO\] src\/main\/ipsec\/bgp\.yaml:\d+:\d+: \[sender-address-check\] .*\(RFC 5406 Section 9\)/
assert log =~ /\[WARNING\] src\/main\/ipsec\/bgp\.yaml:29:3: \[availability-unknown\] /
assert log.contains('BUILD SUCCESS')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ipsec-profile/findings.json'))
assert json.schema == 'ipsec-profile-findings/1'
assert json.profiles == [[id: 'bgp', file: 'src/main/ipsec/bgp.yaml']]
assert json.findings*.rule.sort() == ['availability-unknown', 'port-selectors', 'sender-address-check']
assert json.errors == 0
assert json.warnings == 1
assert json.infos == 2
def ports = json.findings.find { it.rule == 'port-selectors' }
assert ports.severity == 'info' && ports.section == '6' && ports.profile == 'bgp'
assert ports.line == 11 && ports.column == 3 && ports.suppressed == false && ports.justification == null
return true

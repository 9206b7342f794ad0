def log = new File(basedir, 'build.log').text
assert log.contains('IPsec profile check failed: 1 finding at or above failOn=warning:')
assert log =~ /  warning src\/main\/ipsec\/bgp\.yaml:29:3: \[availability-unknown\] /
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ipsec-profile/findings.json'))
assert json.warnings == 1 && json.infos == 2
return true

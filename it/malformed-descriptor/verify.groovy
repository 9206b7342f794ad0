// A misspelt key and a YAML syntax error each give one descriptor error with a location;
// no stack trace reaches the user.
def log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] src\/main\/ipsec\/typo\.yaml:5:1: \[descriptor\] .*protecton.*did you mean 'protection'/
assert log =~ /\[ERROR\] src\/main\/ipsec\/syntax\.yaml:\d+:\d+: \[descriptor\] /
assert (log =~ /\[ERROR\] src\/main\/ipsec\/syntax\.yaml/).count == 1 : 'one error for the syntax error'
assert log.contains('IPsec profile check failed')
assert !(log =~ /at org\.(ipsecprofile|snakeyaml)\./) : 'no stack trace'
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace'

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ipsec-profile/findings.json'))
assert json.findings*.rule.toSet() == ['descriptor'] as Set
assert json.profiles == []
return true

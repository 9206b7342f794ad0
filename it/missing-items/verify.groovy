// Every required item the descriptor leaves out is an error at file:line:column, and the
// failure message lists them all; findings.json is written even though the build failed.
def log = new File(basedir, 'build.log').text
def required = ['selectors', 'protection', 'key-management', 'identification', 'user-switching',
                'authentication', 'authorization', 'availability']
required.each { rule ->
    assert log =~ /\[ERROR\] src\/main\/ipsec\/foo\.yaml:1:1: \[${rule}\] / : "no log line for ${rule}"
    assert log =~ /  error src\/main\/ipsec\/foo\.yaml:1:1: \[${rule}\] / : "failure message misses ${rule}"
}
assert log.contains('IPsec profile check failed')
assert !log.contains('[ike-variant]') : 'ike-variant only applies once keyManagement.method is ike'
assert !(log =~ /at org\.ipsecprofile\./) : 'no stack trace'

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ipsec-profile/findings.json'))
assert json.findings*.rule.toSet().containsAll(required)
assert json.errors >= required.size()
return true

// The mandate is an error at the sentence's first line and column, in the log and in the
// failure message; findings.json holds it even though the build failed.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] draft-foo.xml:10:7: [just-use-ipsec] "Implementations MUST use IPsec to protect them."')
assert log.contains('mvn ipsec-profile:init')
assert log =~ /  error draft-foo\.xml:10:7: \[just-use-ipsec\] /
assert log.contains('IPsec profile check failed')
assert !(log =~ /at org\.ipsecprofile\./) : 'no stack trace'

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ipsec-profile/findings.json'))
assert json.findings.size() == 1
def f = json.findings[0]
assert f.rule == 'just-use-ipsec' && f.severity == 'error' && f.section == '1, 8' && f.profile == null
assert f.file == 'draft-foo.xml' && f.line == 10 && f.column == 7
assert json.errors == 1
return true

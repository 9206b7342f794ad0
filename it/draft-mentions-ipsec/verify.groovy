// Mentions of IPsec that require nothing give no finding: the project, which has no
// descriptor, builds with its one info line.
def log = new File(basedir, 'build.log').text
assert !log.contains('[just-use-ipsec]')
assert (log =~ /\[INFO\] IPsec profile: no descriptors in .*src.main.ipsec .*nothing to check\./).count == 1
assert !log.contains('[WARNING]') && !log.contains('[ERROR]')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ipsec-profile/findings.json'))
assert json.findings == [] && json.errors == 0
return true

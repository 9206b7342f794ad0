// With a descriptor and the generated section included, the mandate is backed: no finding.
def log = new File(basedir, 'build.log').text
assert !log.contains('[just-use-ipsec]')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/generated-sources/ipsec-profile/xml2rfc/ipsec-profile-bgp.xml').isFile()
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ipsec-profile/findings.json'))
assert !json.findings*.rule.contains('just-use-ipsec')
assert json.errors == 0
return true

// A kramdown-rfc draft: the mandate spans two lines and is reported where the sentence starts;
// the message names the kramdown-rfc include. The YAML header's RFC4301 entry is not prose.
def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] draft-foo.md:17:34: [just-use-ipsec] "Implementations MUST protect them with IPsec {{RFC4301}}."')
assert log.contains('{::include target/generated-sources/ipsec-profile/markdown/ipsec-profile-<id>.md}')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ipsec-profile/findings.json'))
assert json.findings*.rule == ['just-use-ipsec']
assert json.findings[0].line == 17 && json.findings[0].column == 34
return true

// The first check names the edited fragment at its first different line and each missing
// one at line 1, all as stale-fragment errors telling the author to run generate; after
// generate, the committed fragments match and the check passes.
def log = new File(basedir, 'build.log').text
def builds = log.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert builds.size() == 3 : 'three builds expected'
def first = builds[0]
assert first =~ /\[ERROR\] generated\/xml2rfc\/ipsec-profile-bgp\.xml:2:1: \[stale-fragment\] .*first at line 2.*mvn ipsec-profile:generate/
['xml2rfc/security-considerations.xml', 'xml2rfc/references-normative.xml', 'markdown/ipsec-profile-bgp.md',
 'markdown/references.yaml', 'text/ipsec-profile-bgp.txt'].each { f ->
    assert first.contains("[ERROR] generated/${f}:1:1: [stale-fragment] the committed fragment is missing: run mvn ipsec-profile:generate") : "missing ${f} not reported"
}
assert first.contains('IPsec profile check failed')

def second = builds[1]
assert second =~ /IPsec profile: \d+ file\(s\) written, 0 unchanged, in .*generated/
assert !second.contains('[stale-fragment]') : 'generate must not report fragments it is about to write'

def third = builds[2]
assert !third.contains('[stale-fragment]')
assert third.contains('IPsec profile: 1 profile(s) checked: 0 error(s)')

def out = new File(basedir, 'generated')
assert new File(out, 'xml2rfc/ipsec-profile-bgp.xml').text.contains('<section anchor="ipsec-profile-bgp"')
assert !new File(out, 'xml2rfc/ipsec-profile-bgp.xml').text.contains('edited by hand')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/ipsec-profile/findings.json'))
assert !json.findings*.rule.contains('stale-fragment')
assert !new File(basedir, 'target/generated-sources').exists() : 'nothing goes to the default output directory'
return true

// The compliance page that mvn site wrote: summary, items a-i, the five BGP findings and the
// draft's just-use-ipsec with rule ids and file:line, no suppression; then the page as headless
// Chromium renders it.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !new File(basedir, 'target/ipsec-profile/findings.json').exists() : 'the report must not need or run check'

def page = new File(basedir, 'target/site/ipsec-profile.html')
assert page.isFile() : "no ${page}"
def html = page.getText('UTF-8')
def text = html.replaceAll(/>\s+</, '><')

assert text.contains('IPsec Profile Compliance')
// Summary: descriptors, profiles, errors, warnings, infos, suppressed; the error is the draft's.
assert text.contains('<td>1</td><td>1</td><td>1</td><td>3</td><td>2</td><td>0</td>')
assert text.contains('1 draft(s) scanned too, for IPsec mandates that no profile backs (rule just-use-ipsec)')
assert text.contains('Profile bgp: BGP-4 (RFC4271)')
('a'..'i').each { assert text =~ /<tr class="[ab] item-answered"><td>${it}<\/td>/ : "item ${it} missing" }
['Selectors', 'IPsec Protocols and Mode', 'Key Management', 'Identification', 'User Switching',
 'Authentication', 'Authorization', 'IKE Version', 'Availability'].each {
    assert text.contains("<td>${it}</td>") : "item title ${it} missing"
}
assert text.contains('<td>IKEv1, main mode</td>')
['port-selectors', 'sender-address-check', 'availability-unknown', 'ipsec-v2-obsolete', 'ikev1-historic'].each {
    assert text.contains("<td>${it}</td>") : "finding ${it} missing"
}
assert text =~ /<td>error<\/td><td>just-use-ipsec<\/td><td>RFC 5406 Sections 1 and 8<\/td><td>&quot;Implementations MUST use IPsec to protect the sessions\.&quot; makes IPsec a MUST [^<]*<\/td><td>draft-example-bgp\.xml:9:10<\/td>/
assert text.contains('src/main/ipsec/bgp.yaml:11:3')
assert text.contains('src/main/ipsec/bgp.yaml:29:3')
assert text =~ /src\/main\/ipsec\/bgp\.yaml:\d+:\d+<\/td>/
assert text.contains('No finding is suppressed.')

// The page in a browser: headless Chromium's DOM, and every local link and resource present.
def flat = evaluate(new File(itSource, 'lib/chromium.groovy'))(page, basedir)
if (flat == null) {
    return true
}
// The findings table: a header row with its columns, then one row per finding.
def findings = flat.substring(flat.indexOf('id="findings"'))
findings = findings.substring(0, findings.indexOf('</table>'))
assert findings.contains('<th>Severity</th><th>Rule</th><th>Source</th><th>Message</th><th>Location</th>')
def rows = (findings =~ /<tr[^>]*><td>(error|warning|info)<\/td><td>([a-z0-9-]+)<\/td>/).collect { it[2] }
assert rows == ['just-use-ipsec', 'ipsec-v2-obsolete', 'port-selectors', 'ikev1-historic', 'sender-address-check',
                 'availability-unknown'] : "rows: ${rows}"
// Every local href and src of the rendered page resolves to a file of the site.
def site = page.parentFile.canonicalFile
// Attributes of elements only: a just-use-ipsec message's text shows an <xi:include href="...">.
def refs = (flat =~ /<[a-zA-Z][^>]*>/).collect { it }
        .collectMany { tag -> (tag =~ /\s(?:href|src)="([^"]+)"/).collect { it[1] } }
def local = refs.findAll { !(it ==~ /^(?i)(https?:|mailto:|data:|javascript:|#).*/) }
assert local.any { it.endsWith('.css') } : "no stylesheet in ${refs}"
local.each { ref ->
    def path = java.net.URLDecoder.decode(ref.replaceFirst(/^file:\/\//, '').replaceFirst(/[?#].*$/, ''), 'UTF-8')
    def target = ref.startsWith('file:') ? new File(path) : new File(site, path)
    assert target.exists() : "${ref} does not resolve (${target})"
}
println "browser check: ${rows.size()} finding rows, ${local.size()} local references resolve"
return true

// The standalone page: written where the log says, self-contained, with the BGP profile's items
// and findings, the hostile protocol name as text, and the draft's IPsec mandate that no profile
// backs (its markup as text too); then what Maven put in the plugin's class realm; then the page
// as headless Chromium parses it.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[INFO] IPsec profile: report written to target/site/ipsec-profile.html')
assert !new File(basedir, 'target/ipsec-profile/findings.json').exists() : 'the report must not need or run check'
assert !new File(basedir, 'generated').exists() : 'the page went to the fragments folder that <outputDirectory> names'

def site = new File(basedir, 'target/site')
assert site.list() as List == ['ipsec-profile.html'] : "the page needs no skin or resources: ${site.list()}"
def page = new File(site, 'ipsec-profile.html')
def html = page.getText('UTF-8')
assert html.startsWith('<!DOCTYPE html>')
assert html.contains('<title>IPsec Profile Compliance</title>')
// Attributes only: the text of a just-use-ipsec message shows an escaped <xi:include href=...>.
assert !(html =~ /(?i)<(script|link|img)\b|<[a-z][^>]*\b(href|src)=/) : 'the page references nothing and runs nothing'
assert html.contains('<h2>Profile bgp: BGP-4 (RFC4271)</h2>')
('a'..'i').each { assert html =~ /<tr class="item-answered"><td>${it}<\/td>/ : "bgp item ${it} missing" }
['port-selectors', 'sender-address-check', 'availability-unknown', 'ipsec-v2-obsolete', 'ikev1-historic'].each {
    assert html.contains("<td>${it}</td>") : "finding ${it} missing"
}
assert html.contains('<td>src/main/ipsec/bgp.yaml:29:3</td>')
assert html.contains('<h2>Profile hostile: &lt;script&gt;document.title = &#39;injected&#39;&lt;/script&gt;'
        + ' &amp; &lt;b&gt;bold&lt;/b&gt;</h2>')
assert html.contains('<tr class="item-missing"><td>a</td>')

// The draft scan, as check runs it: the draft includes no generated profile section, so its
// mandate is a just-use-ipsec error at the sentence's line and column.
assert html.contains('<p>1 draft(s) scanned too, for IPsec mandates that no profile backs (rule just-use-ipsec):'
        + ' the files in the project directory matching draft-*.xml, draft-*.md, draft-*.txt or draft-*.mkd.</p>')
assert html =~ /<tr class="finding-error"><td>error<\/td><td>just-use-ipsec<\/td><td>RFC 5406 Sections 1 and 8<\/td><td>&quot;Implementations MUST use IPsec for &lt;b&gt;every&lt;\/b&gt; session\.&quot; makes IPsec a MUST [^<]*<\/td><td>draft-example-bgp-ipsec\.xml:9:10<\/td><\/tr>/
assert !log.contains('[WARNING]') : 'the draft reads cleanly'

// Maven -X lists the jars of each plugin's class realm as "Included: g:a:type:v". Maven before
// 3.9 also adds plexus-utils to every plugin realm that lacks it (MNG-6965): that one is Maven's.
def realm = log.substring(log.indexOf('Populating class realm plugin>org.ipsecprofile:ipsec-profile-maven-plugin'))
realm = realm.readLines().drop(1).takeWhile { it.contains('Included: ') }
        .collect { it.substring(it.indexOf('Included: ') + 10).split(':')[0..1].join(':') }
        .findAll { it != 'org.codehaus.plexus:plexus-utils' }
assert realm.sort() == ['org.ipsecprofile:ipsec-profile-maven-plugin', 'org.ipsecprofile:ipsec-profile-templates',
                        'org.apache.maven.doxia:doxia-sink-api', 'org.apache.maven.reporting:maven-reporting-api',
                        'org.freemarker:freemarker', 'org.snakeyaml:snakeyaml-engine',
                        'org.apache.commons:commons-text', 'org.apache.commons:commons-lang3'].sort() : "realm: ${realm}"

def flat = evaluate(new File(itSource, 'lib/chromium.groovy'))(page, basedir)
if (flat == null) {
    return true
}
assert flat.contains('<title>IPsec Profile Compliance</title>') : 'a script in the page ran'
assert !flat.contains('<b>bold</b>')
assert !flat.contains('<b>every</b>') : 'markup from the draft became an element'
def findings = flat.substring(flat.indexOf('id="findings"'))
findings = findings.substring(0, findings.indexOf('</table>'))
assert findings.contains('<th>Severity</th><th>Rule</th><th>Source</th><th>Message</th><th>Location</th>')
def rows = (findings =~ /<tr class="finding-(error|warning|info)"><td>\1<\/td><td>([a-z0-9-]+)<\/td>/)
        .collect { it[2] }
assert rows.containsAll(['just-use-ipsec', 'port-selectors', 'sender-address-check', 'availability-unknown',
                          'ipsec-v2-obsolete', 'ikev1-historic']) : "rows: ${rows}"
println "browser check: ${rows.size()} finding rows"
return true

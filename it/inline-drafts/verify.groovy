// The inlined copy holds the generated sections instead of their includes, keeps every other
// byte of the draft (declaration, DOCTYPE, comments, entity references), and parses as XML
// without XInclude processing.
import javax.xml.parsers.DocumentBuilderFactory

def log = new File(basedir, 'build.log').text
assert log.contains('inlineDrafts: draft-example-inline.xml: 4 generated fragment(s) inlined into')

def draft = new File(basedir, 'draft-example-inline.xml').getText('UTF-8')
def copyFile = new File(basedir, 'target/ipsec-profile/inlined/draft-example-inline.xml')
assert copyFile.isFile()
def copy = copyFile.getText('UTF-8')

assert !(copy =~ /<xi:include href="target\/generated-sources[^"]*"\/>\n/) : 'an include of a generated fragment is left'
assert copy.contains('<!-- <xi:include href="target/generated-sources/ipsec-profile/xml2rfc/ipsec-profile-bgp.xml"/> stays a comment -->')
assert copy.contains('<t>This&nbsp;document includes generated sections.</t>')
assert copy.contains('<section anchor="ipsec-profile-bgp"')
assert copy.contains('<section anchor="security-considerations"')
assert copy.contains('<reference anchor="RFC4301"') || copy.contains('<reference anchor="RFC2401"')
def head = draft.substring(0, draft.indexOf('    <xi:include'))
assert copy.startsWith(head) : 'the draft before the first include is copied byte for byte'
assert copy.endsWith('    </references>\n  </back>\n</rfc>\n')
assert copy.count('<?xml ') == 1 : 'the fragments lose their XML declarations'

def factory = DocumentBuilderFactory.newInstance()
factory.namespaceAware = true
def doc = factory.newDocumentBuilder().parse(copyFile)
assert doc.getElementsByTagNameNS('http://www.w3.org/2001/XInclude', 'include').length == 0
return true

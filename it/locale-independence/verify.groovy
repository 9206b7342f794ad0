// Output does not depend on locale, time zone, line separator or file encoding (SPEC §5).
import java.security.MessageDigest

def log = new File(basedir, 'build.log')
def text = log.getText('ISO-8859-1')
assert text.contains('BUILD SUCCESS')
// jvm.args asks the JVM to list its properties (-XshowSettings:properties) and -V shows Maven's view.
assert text.contains('line.separator = \\r \\n') : 'the second build ran with CR LF as line separator'
assert text.contains('user.timezone = Pacific/Kiritimati')
assert text.contains('file.encoding = ISO-8859-1')
assert text =~ /Default locale: tr_TR, platform encoding: ISO-8859-1/

def tree = { File dir ->
    def files = [:] as TreeMap
    dir.eachFileRecurse(groovy.io.FileType.FILES) { f ->
        def relative = dir.toPath().relativize(f.toPath()).toString().replace('\\', '/')
        files[relative] = MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString()
    }
    files
}
def target = new File(basedir, 'target')
def plain = tree(new File(target, 'fragments-default'))
def hostile = tree(new File(target, 'fragments-hostile'))
assert plain.keySet().containsAll(['xml2rfc/ipsec-profile-bgp.xml', 'xml2rfc/ipsec-profile-sip-2.xml',
        'markdown/ipsec-profile-sip-2.md', 'text/ipsec-profile-sip-2.txt', 'markdown/references.yaml'])
assert hostile == plain : 'every output must be byte-identical whatever the locale, zone, line separator and encoding'

def sip = new File(target, 'fragments-hostile/text/ipsec-profile-sip-2.txt').getBytes()
assert !(new String(sip, 'UTF-8').contains('\r')) : 'LF only'
assert new String(sip, 'UTF-8').contains('\u00e9t\u00e9, \u0131/\u0130') : 'UTF-8 text kept'
return true

// The -T 4 build wrote exactly the bytes of the serial build, module by module.
import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log =~ /Using the MultiThreadedBuilder implementation with a thread count of 4/ : 'the second build ran with -T 4'

def tree = { File dir ->
    def files = [:] as TreeMap
    dir.eachFileRecurse(groovy.io.FileType.FILES) { f ->
        def relative = dir.toPath().relativize(f.toPath()).toString().replace('\\', '/')
        files[relative] = MessageDigest.getInstance('SHA-256').digest(f.bytes).encodeHex().toString()
    }
    files
}

(1..8).each { i ->
    def target = new File(basedir, "draft-${i}/target")
    def serial = tree(new File(target, 'fragments-serial'))
    def parallel = tree(new File(target, 'fragments-parallel'))
    assert serial.size() > 8 : "draft-${i}: the serial build wrote its fragments"
    assert serial.keySet().any { it.startsWith("xml2rfc/ipsec-profile-") }
    assert parallel == serial : "draft-${i}: the -T 4 build must write the serial build's bytes"
}
return true

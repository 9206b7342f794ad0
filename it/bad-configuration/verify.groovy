def log = new File(basedir, 'build.log').text
assert log =~ /nat-travresal.*did you mean 'nat-traversal'/
assert !(log =~ /at org\.ipsecprofile\./) : 'no stack trace'
return true

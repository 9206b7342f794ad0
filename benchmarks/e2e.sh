#!/usr/bin/env bash
# End-to-end cost of ipsec-profile-maven-plugin, measured with real Maven runs.
#
# Generates the projects of the performance targets (1, 1,000 and 10,000 varied, valid
# descriptors; a one-profile draft project with and without the plugin; a project with 500
# drafts of 100 KB; a reactor of 30 one-profile draft modules with and without the plugin, as a
# working group's repository holds a module per draft), runs Maven several times on each, offline and quiet, and prints medians,
# spreads and the ratios or differences against the targets. Exits 1 when a target is missed,
# unless --report-only is given.
#
# Needs the plugin (and everything these builds resolve) in the local repository given by
# --repo or $IPSEC_PERF_REPO (default: Maven's own ~/.m2/repository):
#   mvn -Dmaven.repo.local=/path/to/repo install -DskipTests     (from the project root)
#   benchmarks/e2e.sh --repo /path/to/repo
#
# Options: --runs N (default 5), --repo DIR, --mvn PATH (default: mvn on PATH or $MVN),
#          --work DIR (default: benchmarks/target/e2e), --report-only, --quick (3 runs, no
#          10,000-profile run), --mvnd PATH (also measure the reactor in the Maven daemon: PATH is
#          mvnd or its bin/mvnd.sh; its first builds warm the daemon, then the reactor with and
#          without the plugin alternate; the daemon's Maven may ask for other default plugin
#          versions than mvn's, so build the reactor once online with it first).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
runs=5
repo=${IPSEC_PERF_REPO:-}
mvn_cmd=${MVN:-mvn}
work="$here/target/e2e"
report_only=false
big=true
plugin_version=${IPSEC_PLUGIN_VERSION:-0.1.0-SNAPSHOT}
mvnd_cmd=""

while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --repo) repo=$2; shift 2 ;;
    --mvn) mvn_cmd=$2; shift 2 ;;
    --mvnd) mvnd_cmd=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --report-only) report_only=true; shift ;;
    --quick) runs=3; big=false; shift ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

mvn_args=(-B -o -q)
mvn_debug_args=(-B -o -X)
if [ -n "$repo" ]; then
  mvn_args+=("-Dmaven.repo.local=$repo")
  mvn_debug_args+=("-Dmaven.repo.local=$repo")
fi

# ---------------------------------------------------------------- project generation

pom() { # pom DIR WITH_PLUGIN(true|false)
  local plugin=""
  if [ "$2" = true ]; then
    plugin="
  <build>
    <plugins>
      <plugin>
        <groupId>org.ipsecprofile</groupId>
        <artifactId>ipsec-profile-maven-plugin</artifactId>
        <version>$plugin_version</version>
        <executions>
          <execution>
            <goals><goal>generate</goal></goals>
          </execution>
        </executions>
      </plugin>
    </plugins>
  </build>"
  fi
  cat > "$1/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example.drafts</groupId>
  <artifactId>$(basename "$1")</artifactId>
  <version>1.0.0-SNAPSHOT</version>
  <packaging>pom</packaging>
  <properties>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>$plugin
</project>
POM
}

descriptor() { # descriptor INDEX -> a valid descriptor on stdout, one of four shapes
  local i=$1 port=$((1024 + $1 % 60000))
  case $((i % 4)) in
    0) cat <<Y
schema: ipsec-profile/1
id: p$i
protocol: {name: BGP-$i, reference: RFC4271}
ipsec: {version: 2}
context: {endpoints: [routers], scale: many-to-many}
selectors:
  initiator: Either speaker of peer pair $i.
  local: The router's loopback address.
  remote: The configured peer's loopback address.
  transport: tcp
  ports: [$port]
protection:
  protocols: [esp, ah]
  mandatoryToImplement: esp
  mode: transport
  confidentiality: none
keyManagement: {method: ike}
ike: {version: ikev1, modes: [main]}
identification: {types: [ip-address]}
userSwitching: {applies: false}
authentication:
  methods: [certificates, pre-shared-secret]
  mandatoryToImplement: certificates
  certificates: {issuance: locally-issued, identityBinding: source IP address or AS number}
authorization:
  policy: Accept connections only from the designated peer number $i; every other service
    keeps its own policy.
availability:
  status: unknown
  assessment: Whether routers support profile $i must be settled by the working group.
Y
    ;;
    1) cat <<Y
schema: ipsec-profile/1
id: p$i
protocol: {name: Telemetry-$i, reference: draft-example-telemetry-$i}
ipsec: {version: 3}
context: {endpoints: [routers, servers], scale: pairwise}
selectors:
  initiator: The collector of deployment $i.
  transport: udp
  ports: ["$port-$((port + 10))"]
  notes: Reports travel from probes to the collector.
protection:
  protocols: [esp]
  mode: tunnel
  confidentiality: required
keyManagement: {method: ike}
ike: {version: ikev2}
identification: {types: [dns-name, x500-dn]}
userSwitching: {applies: false}
authentication:
  methods: [certificates, eap]
  mandatoryToImplement: certificates
  certificates: {issuance: existing-pki}
authorization:
  policy: The collector accepts reports from probes its operator enrolled ($i).
availability:
  status: available
  assessment: IKEv2 with certificates is in every router and server operating system.
  targets: [Linux, BSD]
securityConsiderations:
  additional:
    - Probes of deployment $i keep their keys in hardware.
Y
    ;;
    2) cat <<Y
schema: ipsec-profile/1
id: p$i
protocol: {name: Sync-$i}
ipsec: {version: 3}
context: {natLikely: true, endpoints: [hosts], scale: pairwise}
selectors:
  initiator: The client of service $i.
  transport: sctp
  ports: any
protection:
  protocols: [esp]
  mode: transport
  confidentiality: optional
  natTraversal: required
keyManagement: {method: ike}
ike: {version: ikev2}
identification: {types: [dns-name]}
userSwitching: {applies: false}
authentication:
  methods: [pre-shared-secret]
authorization:
  policy: |
    Each client of service $i is authorized by its configured secret.

    Servers refuse every other request.
availability:
  status: partial
  assessment: Hosts support it; some NAT devices on path $i may not.
Y
    ;;
    3) cat <<Y
schema: ipsec-profile/1
id: p$i
protocol: {name: Directory-$i, reference: RFC4511}
ipsec: {version: 3}
context: {endpoints: [servers]}
selectors:
  initiator: A directory client of realm $i.
  transport: tcp
  ports: [389, 636]
protection:
  protocols: [esp]
  mode: transport
  confidentiality: required
keyManagement: {method: kink, kerberosInfrastructure: true}
identification: {types: [ip-address, dns-name]}
userSwitching: {applies: false}
authentication:
  methods: [kerberos]
authorization:
  policy: The directory authorizes each Kerberos principal of realm $i for its own entries.
availability:
  status: available
  assessment: KINK is available where the realm's servers run it.
suppress:
  - {rule: port-selectors, justification: The directory ports are fixed by its specification.}
Y
    ;;
  esac
}

profiles_project() { # profiles_project DIR COUNT
  local dir=$1 n=$2 i
  rm -rf "$dir"; mkdir -p "$dir/src/main/ipsec"
  pom "$dir" true
  for ((i = 0; i < n; i++)); do
    descriptor "$i" > "$dir/src/main/ipsec/p$i.yaml"
  done
}

draft_project() { # draft_project DIR WITH_PLUGIN
  local dir=$1
  rm -rf "$dir"; mkdir -p "$dir/src/main/ipsec"
  pom "$dir" "$2"
  descriptor 0 > "$dir/src/main/ipsec/p0.yaml"
  cat > "$dir/draft-example-p0-ipsec.xml" <<'X'
<?xml version="1.0" encoding="UTF-8"?>
<rfc xmlns:xi="http://www.w3.org/2001/XInclude" version="3" category="info"
     docName="draft-example-p0-ipsec-00" ipr="trust200902" submissionType="IETF">
  <front><title>An Example IPsec Profile</title></front>
  <middle>
    <section anchor="introduction"><name>Introduction</name>
      <t>Implementations MUST protect the sessions with IPsec as the profile below specifies.</t>
    </section>
    <xi:include href="target/generated-sources/ipsec-profile/xml2rfc/ipsec-profile-p0.xml"/>
    <xi:include href="target/generated-sources/ipsec-profile/xml2rfc/security-considerations.xml"/>
  </middle>
  <back>
    <xi:include href="target/generated-sources/ipsec-profile/xml2rfc/references-normative.xml"/>
  </back>
</rfc>
X
}

reactor_project() { # reactor_project DIR MODULES WITH_PLUGIN: an aggregator of one-profile draft modules
  local dir=$1 n=$2 i modules=""
  rm -rf "$dir"; mkdir -p "$dir"
  for ((i = 1; i <= n; i++)); do
    draft_project "$dir/$(printf 'draft%02d' "$i")" "$3"
    modules+="
    <module>$(printf 'draft%02d' "$i")</module>"
  done
  cat > "$dir/pom.xml" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.example.drafts</groupId>
  <artifactId>$(basename "$dir")</artifactId>
  <version>1.0.0-SNAPSHOT</version>
  <packaging>pom</packaging>
  <modules>$modules
  </modules>
</project>
POM
}

big_draft() { # big_draft EXT -> about 100 KB of draft text on stdout
  local ext=$1 size=0 k=0 p
  local paras=(
    "Probes measure loss and delay on each path and send a report to the collector every ten seconds."
    "Reports SHOULD be sent over UDP; operators MAY protect them with IPsec (ESP, [RFC4303]) where they choose to."
    "A probe MUST NOT send more than one report per path in any ten-second interval."
    "Each report holds the path identifier, the number of packets sent and received, and the delay."
    "Unlike IPsec, the report format carries its own checksum. Probes MAY use IPsec when the operator configures it."
    "The collector MUST acknowledge each report. A probe that receives no acknowledgment SHOULD retry twice."
    "If IPsec is used, ESP MUST be used in transport mode, as the profile section says."
    "A collector SHALL keep the reports of a path for at least one hour; the period is REQUIRED to be configurable.")
  case $ext in
    xml) printf '<?xml version="1.0"?>\n<rfc version="3">\n<middle>\n<section><name>S</name>\n' ;;
    md) printf -- '---\ntitle: Speed\n--- abstract\n\nAbstract.\n\n--- middle\n\n# Section\n\n' ;;
    *) printf '1.  Section\n\n' ;;
  esac
  while [ $size -lt 102400 ]; do
    p=${paras[$((k % ${#paras[@]}))]}; k=$((k + 1))
    case $ext in
      xml) p="<t>${p//MUST/<bcp14>MUST</bcp14>}</t>"; printf '%s\n' "$p" ;;
      md) printf '%s\n\n' "$p" ;;
      *) printf '   %s\n\n' "$(fold -s -w 69 <<< "$p" | sed '2,$s/^/   /')" ;;
    esac
    size=$((size + ${#p} + 2))
  done
  [ "$ext" = xml ] && printf '</section>\n</middle>\n</rfc>\n'
  return 0
}

drafts_project() { # drafts_project DIR COUNT: one profile, COUNT drafts of 100 KB, thick with BCP 14
  # keywords and mentions of IPsec but no IPsec mandate, so the scan reads every sentence and the build passes
  local dir=$1 n=$2 i ext
  draft_project "$dir" true
  rm -f "$dir"/draft-*.xml
  for ext in xml md txt; do big_draft $ext > "$work/big.$ext"; done
  for ((i = 0; i < n; i++)); do
    case $((i % 3)) in 0) ext=xml ;; 1) ext=md ;; *) ext=txt ;; esac
    cp "$work/big.$ext" "$dir/draft-speed-$(printf %03d "$i").$ext"
  done
}

# ---------------------------------------------------------------- measurement

now_ms() { date +%s%3N; }

# timed_ms CMD DIR ARGS... : runs the Maven command CMD once in DIR, prints the wall time in ms; fails loudly
timed_ms() {
  local cmd=$1 dir=$2; shift 2
  local start end
  start=$(now_ms)
  if ! (cd "$dir" && "$cmd" "${mvn_args[@]}" "$@" > "$work/last.log" 2>&1); then
    echo "$cmd failed in $dir ($*):" >&2; tail -40 "$work/last.log" >&2; exit 3
  fi
  end=$(now_ms)
  echo $((end - start))
}

# run_ms DIR GOALS... : one mvn build in DIR
run_ms() { timed_ms "$mvn_cmd" "$@"; }

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {if (NR % 2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }
spread() { tr ' ' '\n' | grep . | sort -n | awk 'NR==1{lo=$1} {hi=$1} END {print lo "-" hi}'; }

missed=0
verdict() { # verdict NAME VALUE OP LIMIT UNIT
  local ok
  ok=$(awk -v v="$2" -v l="$4" -v op="$3" 'BEGIN { print (op == "<=" ? v <= l : v >= l) ? "met" : "MISSED" }')
  [ "$ok" = met ] || missed=$((missed + 1))
  printf '%-58s %10s %s  (target %s %s)  %s\n' "$1" "$2" "$5" "$3" "$4" "$ok"
}

mkdir -p "$work"
echo "e2e: $(uptime)"
echo "e2e: $("$mvn_cmd" -v 2>/dev/null | head -1); java: $(java -version 2>&1 | head -1); $(nproc) cores"
echo "e2e: generating projects in $work"
profiles_project "$work/profiles-1" 1
profiles_project "$work/profiles-1000" 1000
draft_project "$work/draft-with" true
draft_project "$work/draft-without" false
drafts_project "$work/drafts-500" 500
draft_project "$work/drafts-0" true
reactor_modules=30
reactor_project "$work/reactor-with" $reactor_modules true
reactor_project "$work/reactor-without" $reactor_modules false
$big && profiles_project "$work/profiles-10000" 10000

# Warm the file cache and check every build works before timing anything.
for p in profiles-1 profiles-1000 draft-with draft-without drafts-500 drafts-0 reactor-with reactor-without; do
  run_ms "$work/$p" clean generate-sources > /dev/null
done

# Alternate the builds compared with each other, so a change of machine load hits both.
# The "incremental" pair builds again without clean: the author's edit-and-rebuild loop, where the
# plugin finds its inputs unchanged.
t1=""; t1000=""; twith=""; twithout=""; t500=""; t0=""; tincwith=""; tincwithout=""; treactorwith=""; treactorwithout=""
for ((r = 1; r <= runs; r++)); do
  t1+=" $(run_ms "$work/profiles-1" clean generate-sources)"
  t1000+=" $(run_ms "$work/profiles-1000" clean generate-sources)"
  twith+=" $(run_ms "$work/draft-with" clean generate-sources)"
  twithout+=" $(run_ms "$work/draft-without" clean generate-sources)"
  tincwith+=" $(run_ms "$work/draft-with" generate-sources)"
  tincwithout+=" $(run_ms "$work/draft-without" generate-sources)"
  t500+=" $(run_ms "$work/drafts-500" clean generate-sources)"
  t0+=" $(run_ms "$work/drafts-0" clean generate-sources)"
  treactorwith+=" $(run_ms "$work/reactor-with" clean generate-sources)"
  treactorwithout+=" $(run_ms "$work/reactor-without" clean generate-sources)"
  echo "e2e: run $r of $runs done"
done

# Second generate with unchanged inputs: no file rewritten, and the mojo's own time (-X).
out="$work/draft-with/target/generated-sources/ipsec-profile"
run_ms "$work/draft-with" clean generate-sources > /dev/null
before=$(find "$out" -type f -printf '%p %i %T@\n' | sort)
mojo=""
for ((r = 1; r <= runs; r++)); do
  (cd "$work/draft-with" && "$mvn_cmd" "${mvn_debug_args[@]}" generate-sources > "$work/second.log" 2>&1)
  ms=$(grep -o 'IPsec profile: parse .* total [0-9]* ms' "$work/second.log" | grep -o 'total [0-9]*' | grep -o '[0-9]*' || true)
  mojo+=" ${ms:-99999}"
done
after=$(find "$out" -type f -printf '%p %i %T@\n' | sort)
rewritten=$(diff <(echo "$before") <(echo "$after") | grep -c '^>' || true)
uptodate=$(grep -c 'up to date' "$work/second.log" || true)

# Where the goal's own time goes (-X phase times of one clean build each), for the site's page.
phases() { # phases DIR
  (cd "$1" && "$mvn_cmd" "${mvn_debug_args[@]}" clean generate-sources 2> /dev/null) \
    | grep -o 'IPsec profile: fingerprint .*total [0-9]* ms' | tail -1
}
phases_one=$(phases "$work/draft-with")
phases_1000=$(phases "$work/profiles-1000")
# The last module of the reactor: what a module costs once an earlier one set FreeMarker up.
phases_reactor=$(phases "$work/reactor-with")

big_ok=1
if $big; then
  t10000=""
  for ((r = 1; r <= (runs < 3 ? runs : 3); r++)); do
    # In a subshell: run_ms exits on failure, which here is a result, not the end of the script.
    if ms=$(MAVEN_OPTS="-Xmx256m" run_ms "$work/profiles-10000" clean generate-sources 2> "$work/big.err"); then
      t10000+=" $ms"
    else
      big_ok=0; t10000+=" 0"; grep -m1 -o 'Java heap space\|OutOfMemoryError' "$work/big.err" >&2 || true
      break
    fi
  done
fi

# The same reactor in the Maven daemon, whose JVM outlives each build: a working group that builds
# its drafts again and again pays the plugin's set-up once, and its code runs compiled.
tdaemonwith=""; tdaemonwithout=""
if [ -n "$mvnd_cmd" ]; then
  daemon_ms() { timed_ms "$mvnd_cmd" "$1" -T1 clean generate-sources; } # sequential, as mvn builds
  "$mvnd_cmd" --stop > /dev/null 2>&1 || true
  for ((r = 1; r <= 2 * runs; r++)); do
    daemon_ms "$work/reactor-with" > /dev/null
    daemon_ms "$work/reactor-without" > /dev/null
  done
  for ((r = 1; r <= 2 * runs; r++)); do
    tdaemonwith+=" $(daemon_ms "$work/reactor-with")"
    tdaemonwithout+=" $(daemon_ms "$work/reactor-without")"
  done
  "$mvnd_cmd" --stop > /dev/null 2>&1 || true
fi

echo
echo "e2e: $(uptime)"
printf '%-58s %10s    %s\n' "build (median of $runs; spread min-max, ms)" median spread
for v in t1 t1000 twith twithout tincwith tincwithout t0 t500 treactorwith treactorwithout; do
  printf '  %-56s %10s    %s\n' "$v" "$(median <<< "${!v}")" "$(spread <<< "${!v}")"
done
$big && printf '  %-56s %10s    %s\n' "t10000 (-Xmx256m)" "$(median <<< "$t10000")" "$(spread <<< "$t10000")"
if [ -n "$mvnd_cmd" ]; then
  for v in tdaemonwith tdaemonwithout; do
    printf '  %-56s %10s    %s\n' "$v (mvnd, warm, $((2 * runs)) builds)" "$(median <<< "${!v}")" "$(spread <<< "${!v}")"
  done
fi
printf '  %-56s %10s    %s\n' "mojo time of an unchanged second generate (ms)" "$(median <<< "$mojo")" "$(spread <<< "$mojo")"
echo "phases, one profile:    ${phases_one#IPsec profile: }"
echo "phases, 1,000 profiles: ${phases_1000#IPsec profile: }"
echo "phases, reactor's last module: ${phases_reactor#IPsec profile: }"
echo
d1000=$(awk -v a="$(median <<< "$t1000")" -v b="$(median <<< "$t1")" 'BEGIN { printf "%.2f", (a - b) / 1000 }')
ratio=$(awk -v a="$(median <<< "$twith")" -v b="$(median <<< "$twithout")" 'BEGIN { printf "%.3f", a / b }')
incratio=$(awk -v a="$(median <<< "$tincwith")" -v b="$(median <<< "$tincwithout")" 'BEGIN { printf "%.3f", a / b }')
d500=$(awk -v a="$(median <<< "$t500")" -v b="$(median <<< "$t0")" 'BEGIN { printf "%.2f", (a - b) / 1000 }')
verdict "1,000 profiles minus 1 profile (clean generate-sources)" "$d1000" "<=" 1.0 s
verdict "draft project with generate / without the plugin" "$ratio" "<=" 1.10 x
printf '%-58s %10s %s  (the same, rebuilt without clean; for information)\n' \
  "draft project, incremental: with / without" "$incratio" x
verdict "second generate: files rewritten" "$rewritten" "<=" 0 files
verdict "second generate: 'up to date' logged" "$uptodate" ">=" 1 lines
verdict "second generate: time in the mojo (median)" "$(median <<< "$mojo")" "<=" 20 ms
if $big; then
  verdict "10,000 profiles with -Xmx256m (succeeded)" "$big_ok" ">=" 1 ""
fi
verdict "500 drafts of 100 KB: time added to the build" "$d500" "<=" 2.0 s
dmodule=$(awk -v a="$(median <<< "$treactorwith")" -v b="$(median <<< "$treactorwithout")" -v n=$reactor_modules \
  'BEGIN { printf "%.0f", (a - b) / n }')
verdict "reactor of $reactor_modules draft modules: time added per module" "$dmodule" "<=" 10 ms
if [ -n "$mvnd_cmd" ]; then
  ddaemon=$(awk -v a="$(median <<< "$tdaemonwith")" -v b="$(median <<< "$tdaemonwithout")" -v n=$reactor_modules \
    'BEGIN { printf "%.1f", (a - b) / n }')
  verdict "the same in the Maven daemon (mvnd, warm): per module" "$ddaemon" "<=" 10 ms
fi

if [ $missed -gt 0 ] && ! $report_only; then
  echo "e2e: $missed target(s) missed"
  exit 1
fi
echo "e2e: done ($missed target(s) missed)"

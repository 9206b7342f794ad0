package org.ipsecprofile.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ipsecprofile.check.ProfileFixtures.bgp;
import static org.ipsecprofile.check.Severity.ERROR;
import static org.ipsecprofile.check.Severity.INFO;
import static org.ipsecprofile.check.Severity.WARNING;
import static org.ipsecprofile.check.rules.RuleExpectations.firesOnce;
import static org.ipsecprofile.check.rules.RuleExpectations.staysQuiet;

import org.ipsecprofile.model.AvailabilityStatus;
import org.ipsecprofile.model.EndpointKind;
import org.ipsecprofile.model.IdentityType;
import org.ipsecprofile.model.TunneledIn;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeploymentRulesTest {

    @Nested
    class ApplicationApi {

        @Test
        void applicationThatNeedsThePeerIdentityIsWarned() {
            firesOnce(
                    "application-api",
                    bgp().applicationNeedsPeerIdentity(true),
                    WARNING,
                    "context.applicationNeedsPeerIdentity");
        }

        @Test
        void applicationThatLeavesIpsecToTheAdministratorIsFine() {
            staysQuiet("application-api", bgp().applicationNeedsPeerIdentity(false));
        }
    }

    @Nested
    class EmbeddedEndpoints {

        @ParameterizedTest
        @EnumSource(
                value = EndpointKind.class,
                names = {"EMBEDDED", "NAT_DEVICES"})
        void devicesThatSeldomImplementIpsecAreWarned(EndpointKind kind) {
            var violation = firesOnce(
                    "embedded-endpoints", bgp().endpoints(EndpointKind.HOSTS, kind), WARNING, "context.endpoints");
            assertThat(violation.message()).contains("includes " + kind.keyword());
        }

        @Test
        void hostsRoutersAndFirewallsAreFine() {
            staysQuiet(
                    "embedded-endpoints",
                    bgp().endpoints(
                                    EndpointKind.HOSTS,
                                    EndpointKind.SERVERS,
                                    EndpointKind.ROUTERS,
                                    EndpointKind.FIREWALLS,
                                    EndpointKind.MOBILE));
        }
    }

    @Nested
    class NestedIpsec {

        @Test
        void aSecondIpsecLayerIsWarned() {
            firesOnce("nested-ipsec", bgp().nestedIpsec(true), WARNING, "context.nestedIpsec");
        }

        @Test
        void oneLayerIsFine() {
            staysQuiet("nested-ipsec", bgp().nestedIpsec(false));
        }
    }

    @Nested
    class UserGranularity {

        @Test
        void userIdentitiesAreWarned() {
            firesOnce(
                    "user-granularity",
                    bgp().identificationTypes(IdentityType.USER_FQDN),
                    WARNING,
                    "identification.types");
        }

        @Test
        void perUserSasOnMultiUserHostsAreWarned() {
            firesOnce(
                    "user-granularity",
                    bgp().multiUserHosts(true).newSaPerUser(true),
                    WARNING,
                    "userSwitching.newSaPerUser");
        }

        @Test
        void multiUserHostsWithoutPerUserSasAreFine() {
            staysQuiet("user-granularity", bgp().multiUserHosts(true).newSaPerUser(false));
        }

        @Test
        void perUserSasOnSingleUserHostsAreFine() {
            staysQuiet("user-granularity", bgp().multiUserHosts(false).newSaPerUser(true));
        }

        @Test
        void distinguishedNamesAreNotUserIdentitiesHere() {
            staysQuiet("user-granularity", bgp().identificationTypes(IdentityType.X500_DN));
        }
    }

    @Nested
    class PortSelectors {

        @Test
        void listedPortsAreNoted() {
            var violation = firesOnce("port-selectors", bgp(), INFO, "selectors.ports");
            assertThat(violation.message()).contains("port 179");
        }

        @Test
        void portRangesAreNoted() {
            var violation =
                    firesOnce("port-selectors", bgp().transport("udp").portRange(5060, 5061), INFO, "selectors.ports");
            assertThat(violation.message()).contains("ports 5060-5061");
        }

        @Test
        void anyPortIsNotNoted() {
            staysQuiet("port-selectors", bgp().anyPort());
        }

        @Test
        void noPortsAreNotNoted() {
            staysQuiet("port-selectors", bgp().transport("icmp").ports());
        }
    }

    @Nested
    class SctpSelectors {

        @Test
        void sctpIsWarned() {
            firesOnce("sctp-selectors", bgp().transport("sctp"), WARNING, "selectors.transport");
        }

        @Test
        void sctpByProtocolNumberIsWarned() {
            firesOnce("sctp-selectors", bgp().transportNumber(132), WARNING, "selectors.transport");
        }

        @Test
        void tcpIsFine() {
            staysQuiet("sctp-selectors", bgp().transport("tcp"));
        }
    }

    @Nested
    class TunneledTraffic {

        @ParameterizedTest
        @EnumSource(
                value = TunneledIn.class,
                names = {"L2TP", "OTHER"})
        void trafficInsideAnotherTunnelIsWarned(TunneledIn tunnel) {
            firesOnce("tunneled-traffic", bgp().tunneledIn(tunnel), WARNING, "context.tunneledIn");
        }

        @Test
        void untunneledTrafficIsFine() {
            staysQuiet("tunneled-traffic", bgp().tunneledIn(TunneledIn.NONE));
        }
    }

    @Nested
    class Multicast {

        @Test
        void multicastIsWarned() {
            firesOnce("multicast", bgp().multicast(true), WARNING, "context.multicast");
        }

        @Test
        void unicastIsFine() {
            staysQuiet("multicast", bgp().multicast(false));
        }
    }

    @Nested
    class AvailabilityUnknown {

        @ParameterizedTest
        @EnumSource(
                value = AvailabilityStatus.class,
                names = {"UNKNOWN", "PARTIAL"})
        void openOrPartialAvailabilityIsWarned(AvailabilityStatus status) {
            firesOnce("availability-unknown", bgp().availabilityStatus(status), WARNING, "availability.status");
        }

        @ParameterizedTest
        @EnumSource(
                value = AvailabilityStatus.class,
                names = {"AVAILABLE", "UNAVAILABLE"})
        void settledAvailabilityIsNotThisRulesConcern(AvailabilityStatus status) {
            staysQuiet("availability-unknown", bgp().availabilityStatus(status));
        }
    }

    @Nested
    class AvailabilityUnavailable {

        @Test
        void unavailableIpsecIsAnError() {
            firesOnce(
                    "availability-unavailable",
                    bgp().availabilityStatus(AvailabilityStatus.UNAVAILABLE),
                    ERROR,
                    "availability.status");
        }

        @ParameterizedTest
        @EnumSource(
                value = AvailabilityStatus.class,
                names = {"AVAILABLE", "PARTIAL", "UNKNOWN"})
        void anyOtherStatusIsNotThisRulesConcern(AvailabilityStatus status) {
            staysQuiet("availability-unavailable", bgp().availabilityStatus(status));
        }
    }
}

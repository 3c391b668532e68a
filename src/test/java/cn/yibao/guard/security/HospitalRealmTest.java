package cn.yibao.guard.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The realm definition hospitals import ({@code src/main/keycloak/hospital-realm.json}): what must hold
 * before anyone imports it. {@code KeycloakRealmIT} shows it working in a real Keycloak.
 */
class HospitalRealmTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNode REALM = read();

    @Test
    void declaresTheProductRoles() {
        assertThat(REALM.path("realm").asText()).isEqualTo("hospital");
        assertThat(texts(REALM.path("roles").path("realm"), "name")).containsExactlyInAnyOrderElementsOf(Roles.ALL);
    }

    @Test
    void carriesNoSecrets() {
        assertThat(REALM.findValues("secret")).isEmpty();
        for (JsonNode user : REALM.path("users")) {
            for (JsonNode credential : user.path("credentials")) {
                // Only the documented throwaway password of the demo users.
                assertThat(credential.path("value").asText()).isEqualTo("demo-password");
            }
        }
    }

    @Test
    void resourceServerOnlyVerifiesTokens() {
        JsonNode guard = client("yibao-guard");
        assertThat(guard.path("bearerOnly").asBoolean()).isTrue();
        assertThat(guard.path("publicClient").asBoolean()).isFalse();
    }

    @Test
    void hisIsAConfidentialMachineClientWithOnlyHisSystem() {
        JsonNode his = client("yibao-his");
        assertThat(his.path("publicClient").asBoolean()).isFalse();
        assertThat(his.path("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(his.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(his.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        JsonNode account = user("service-account-yibao-his");
        assertThat(account.path("serviceAccountClientId").asText()).isEqualTo("yibao-his");
        assertThat(texts(account.path("realmRoles"))).containsExactly(Roles.HIS);
        assertThat(scope("yibao-his")).containsExactly(Roles.HIS);
    }

    @Test
    void stationsSignInWithCodeFlowAndPkceOnLocalhost() {
        JsonNode stations = client("yibao-stations");
        assertThat(stations.path("publicClient").asBoolean()).isTrue();
        assertThat(stations.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(stations.path("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(stations.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(stations.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
        assertThat(texts(stations.path("redirectUris")))
                .allMatch(uri -> uri.startsWith("http://localhost:8080/") || uri.startsWith("http://127.0.0.1:8080/"));
        // A person signing in at a station never receives the machine role.
        assertThat(scope("yibao-stations")).doesNotContain(Roles.HIS).contains(Roles.PHYSICIAN, Roles.NURSE);
    }

    @Test
    void tokensCarryTheContractsClaimsForYibaoGuard() {
        for (String clientId : List.of("yibao-his", "yibao-stations")) {
            JsonNode client = client(clientId);
            // Tokens carry only the roles in the client's scope, not Keycloak's default roles.
            assertThat(client.path("fullScopeAllowed").asBoolean(true)).isFalse();
            JsonNode groups = mapper(client, "groups");
            assertThat(groups.path("protocolMapper").asText()).isEqualTo("oidc-usermodel-realm-role-mapper");
            assertThat(groups.path("config").path("multivalued").asText()).isEqualTo("true");
            assertThat(groups.path("config").path("access.token.claim").asText()).isEqualTo("true");
            JsonNode audience = mapper(client, "audience yibao-guard");
            assertThat(audience.path("config").path("included.client.audience").asText()).isEqualTo("yibao-guard");
        }
        JsonNode stations = client("yibao-stations");
        for (String claim : List.of(StaffUser.DEPARTMENT_CLAIM, StaffUser.WARD_CLAIM, StaffUser.DOCTOR_CODE_CLAIM)) {
            JsonNode config = mapper(stations, claim).path("config");
            assertThat(config.path("user.attribute").asText()).isEqualTo(claim);
            assertThat(config.path("claim.name").asText()).isEqualTo(claim);
            assertThat(config.path("access.token.claim").asText()).isEqualTo("true");
        }
    }

    @Test
    void onlyAdministratorsEditTheAttributesThatScopeWhatUsersSee() throws IOException {
        JsonNode provider = REALM.path("components").path("org.keycloak.userprofile.UserProfileProvider").get(0);
        assertThat(provider.path("providerId").asText()).isEqualTo("declarative-user-profile");
        JsonNode profile = JSON.readTree(provider.path("config").path("kc.user.profile.config").get(0).asText());
        for (String claim : List.of(StaffUser.DEPARTMENT_CLAIM, StaffUser.WARD_CLAIM, StaffUser.DOCTOR_CODE_CLAIM)) {
            JsonNode attribute = find(profile.path("attributes"), "name", claim);
            assertThat(texts(attribute.path("permissions").path("edit"))).as(claim).containsExactly("admin");
        }
    }

    @Test
    void demoUsersMatchTheDemoHospital() {
        JsonNode physician = user("dr.zhang");
        assertThat(texts(physician.path("realmRoles"))).containsExactly(Roles.PHYSICIAN);
        assertThat(physician.path("attributes").path("department").get(0).asText()).isEqualTo("CARD");
        assertThat(physician.path("attributes").path("doctor_code").get(0).asText()).isEqualTo("D01");
        JsonNode nurse = user("nurse.li");
        assertThat(texts(nurse.path("realmRoles"))).containsExactly(Roles.NURSE);
        assertThat(nurse.path("attributes").path("ward").get(0).asText()).isEqualTo("W3");
        assertThat(texts(user("officer.wang").path("realmRoles"))).containsExactly(Roles.INSURANCE_OFFICER);
        assertThat(texts(user("supervisor.chen").path("realmRoles"))).containsExactly(Roles.SUPERVISOR);
        assertThat(texts(user("admin.zhao").path("realmRoles"))).containsExactly(Roles.ADMIN);
    }

    private static JsonNode client(String clientId) {
        return find(REALM.path("clients"), "clientId", clientId);
    }

    private static JsonNode user(String username) {
        return find(REALM.path("users"), "username", username);
    }

    private static JsonNode mapper(JsonNode client, String name) {
        return find(client.path("protocolMappers"), "name", name);
    }

    private static List<String> scope(String clientId) {
        return texts(find(REALM.path("scopeMappings"), "client", clientId).path("roles"));
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (value.equals(node.path(field).asText())) {
                return node;
            }
        }
        throw new AssertionError("No entry with " + field + "=" + value);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.path(field).asText()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    private static JsonNode read() {
        try {
            return JSON.readTree(Path.of("src/main/keycloak/hospital-realm.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

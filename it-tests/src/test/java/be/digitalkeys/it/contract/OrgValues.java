package be.digitalkeys.it.contract;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.media.Schema;

import be.digitalkeys.it.support.OrgApiLab;

/**
 * The organisations API's lab values: organisation A of the lab realm (its legal representative
 * calls), its people, contexts and grants (learnt from answers as they are made); organisation B
 * of the same realm and a second realm's organisation, context, user and grant, which must be
 * refused or unknown. Tokens come from {@link OrgApiLab#token} (password grant on the lab's test
 * client) and {@link OrgApiLab#adminToken}: the one place to adapt if the token rules change.
 */
final class OrgValues implements ApiValues {

    /** Ids of the lab, and of the other realm, fixed at set-up. */
    record Lab(String orgA, String orgB, String rep, String plain, String repB, List<String> targets, String root,
               List<String> contexts, String grant, String rootB, String foreignOrg, String foreignUser, String foreignContext,
               String foreignGrant) {
    }

    private static final int MAX_POOL = 300;
    private final OrgApiLab lab;
    private final Lab ids;
    private final List<String> users;
    private final List<String> contexts;
    private final List<String> grants = new ArrayList<>();

    OrgValues(OrgApiLab lab, Lab ids) {
        this.lab = lab;
        this.ids = ids;
        this.users = new ArrayList<>(ids.targets());
        this.contexts = new ArrayList<>(ids.contexts());
        this.grants.add(ids.grant());
    }

    @Override
    public boolean authenticated() {
        return true;
    }

    @Override
    public Object valid(ContractDocument.Op op, String name, Schema<?> schema, Map<String, Object> siblings, Random random) {
        int dice = random.nextInt(100);
        return switch (name) {
            case "orgId" -> dice < 85 ? ids.orgA() : dice < 90 ? ids.orgB() : dice < 95 ? ids.foreignOrg() : uuid(random);
            case "userId", "fromUserId" -> dice < 85 ? pick(users, random) : dice < 90 ? ids.repB() : dice < 95 ? ids.foreignUser() : uuid(random);
            case "contextId", "parentId" -> dice < 85 ? pick(contexts, random) : dice < 90 ? ids.rootB() : dice < 95 ? ids.foreignContext() : uuid(random);
            case "grantId" -> dice < 80 ? pick(grants, random) : dice < 90 ? ids.foreignGrant() : uuid(random);
            case "kbo" -> List.of(OrgApiLab.KBO_A, "0812.345.603", "0812 345 603", OrgApiLab.KBO_B, kbo(random), "0812345604")
                    .get(random.nextInt(6));
            case "right" -> List.of(OrgApiLab.RIGHT, OrgApiLab.CARD_VIEWER, OrgApiLab.SIGNER, OrgApiLab.PORTAL + "/" + OrgApiLab.SIGNER,
                    "No such right", "offline_access").get(dice < 90 ? random.nextInt(4) : 4 + random.nextInt(2));
            case "validUntil" -> validUntil(random);
            case "code" -> "ESTABLISHMENT".equals(siblings.get("kind")) && dice < 85 ? establishment(random)
                    : Texts.word(random, 1, dice < 5 ? 64 : 12);
            case "name" -> Texts.word(random, 1, dice < 5 ? 255 : 40);
            case "firstName", "lastName" -> Texts.word(random, 1, dice < 5 ? 100 : 30);
            case "email" -> Texts.word(random, 1, 1).replaceAll("[^a-z]", "x") + random.nextInt(100000) + "@contract"
                    + random.nextInt(100) + ".example";
            case "niss" -> niss(random);
            case "first" -> String.valueOf(random.nextInt(40));
            case "max" -> String.valueOf(1 + random.nextInt(500));
            default -> null;
        };
    }

    @Override
    public String token(ContractDocument.Op op, Random random) {
        int dice = random.nextInt(100);
        if (legalRepresentativeCall(op)) {
            return dice < 85 ? lab.adminToken() : lab.token(ids.rep());
        }
        return dice < 80 ? lab.token(ids.rep()) : dice < 88 ? lab.token(ids.plain()) : dice < 95 ? lab.token(ids.repB()) : lab.adminToken();
    }

    @Override
    public String authorisedToken(ContractDocument.Op op) {
        return legalRepresentativeCall(op) ? lab.adminToken() : lab.token(ids.rep());
    }

    private static boolean legalRepresentativeCall(ContractDocument.Op op) {
        return op.path().contains("/legal-representatives/");
    }

    @Override
    public int expectedStatus(ContractDocument.Op op, Mutation mutation) {
        return switch (mutation) {
            case AUTHENTICATION -> 401;
            case CONTENT_TYPE -> 415;
            default -> 400;
        };
    }

    @Override
    public void harvest(ContractDocument.Op op, int status, JsonNode body) {
        if (status >= 300 || body == null) {
            return;
        }
        switch (op.id()) {
            case "createContext" -> add(contexts, body.path("id").asText(null));
            case "listContexts" -> body.forEach(c -> add(contexts, c.path("id").asText(null)));
            case "grantRight" -> add(grants, body.path("grantId").asText(null));
            case "copyRights" -> body.path("copied").forEach(g -> add(grants, g.path("grantId").asText(null)));
            case "personRights" -> body.path("rights").forEach(g -> add(grants, g.path("grantId").asText(null)));
            case "findOrPreRegisterPerson" -> add(users, body.path("person").path("userId").asText(null));
            default -> {
            }
        }
    }

    private static void add(List<String> pool, String id) {
        if (id != null && !pool.contains(id) && pool.size() < MAX_POOL) {
            pool.add(id);
        }
    }

    private static String pick(List<String> pool, Random random) {
        return pool.get(random.nextInt(pool.size()));
    }

    private static String uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private static String validUntil(Random random) {
        LocalDate day = LocalDate.now(ZoneOffset.UTC).plusDays(random.nextInt(10) == 0 ? -1 - random.nextInt(400) : 2 + random.nextInt(400));
        return switch (random.nextInt(3)) {
            case 0 -> day.toString();
            case 1 -> day + "T10:15:30Z";
            default -> day + "T23:00:00.5+02:00";
        };
    }

    /** A national register number with valid check digits (some born from 2000), sometimes written with separators. */
    static String niss(Random random) {
        boolean from2000 = random.nextBoolean();
        LocalDate birth = from2000 ? LocalDate.of(2000, 1, 1).plusDays(random.nextInt(3650)) : LocalDate.of(1940, 1, 1).plusDays(random.nextInt(21900));
        long base = Long.parseLong(String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(),
                1 + random.nextInt(997)));
        long check = 97 - ((from2000 ? 2_000_000_000L + base : base) % 97);
        String digits = String.format("%09d%02d", base, check);
        return random.nextBoolean() ? digits : digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6) + "-"
                + digits.substring(6, 9) + "." + digits.substring(9);
    }

    /** An establishment unit number (2 to 8 first, mod-97 check digits), sometimes written with dots. */
    static String establishment(Random random) {
        long base = (2 + random.nextInt(7)) * 10_000_000L + random.nextInt(10_000_000);
        String digits = base + String.format("%02d", 97 - base % 97);
        return random.nextBoolean() ? digits : digits.charAt(0) + "." + digits.substring(1, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }

    /** An enterprise number (0 or 1 first, mod-97 check digits), most likely of no organisation. */
    static String kbo(Random random) {
        long base = random.nextInt(2) * 10_000_000L + random.nextInt(10_000_000);
        return String.format("%08d%02d", base, 97 - base % 97);
    }
}

package be.digitalkeys.chooser;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.keycloak.models.AuthenticationExecutionModel;
import org.keycloak.models.RealmModel;

/**
 * The keys a chooser offers: every enabled (conditional) subflow next to the chooser whose
 * {@code dk-condition-key} execution declares a tile. A new method plugs in by adding such a
 * subflow; the chooser itself does not change.
 */
public final class KeyTiles {

    private final List<KeyTile> tiles;

    private KeyTiles(List<KeyTile> tiles) {
        this.tiles = List.copyOf(tiles);
    }

    /** Tiles already read (sorted as given). */
    static KeyTiles of(List<KeyTile> tiles) {
        return new KeyTiles(tiles);
    }

    /** The tiles of the flow that contains the given chooser execution. */
    public static KeyTiles around(RealmModel realm, AuthenticationExecutionModel chooser) {
        List<KeyTile> found = new ArrayList<>();
        realm.getAuthenticationExecutionsStream(chooser.getParentFlow())
                .filter(AuthenticationExecutionModel::isAuthenticatorFlow)
                .filter(e -> !e.isDisabled())
                .forEach(subflow -> tileOf(realm, subflow.getFlowId()).ifPresent(found::add));
        found.sort(Comparator.comparing(KeyTile::getGroup).thenComparingInt(KeyTile::getOrder).thenComparing(KeyTile::getId));
        return new KeyTiles(found);
    }

    private static Optional<KeyTile> tileOf(RealmModel realm, String flowId) {
        return realm.getAuthenticationExecutionsStream(flowId)
                .filter(e -> KeyConditionAuthenticatorFactory.PROVIDER_ID.equals(e.getAuthenticator()))
                .filter(e -> !e.isDisabled() && e.getAuthenticatorConfig() != null)
                .map(e -> KeyConditionConfig.tile(realm.getAuthenticatorConfigById(e.getAuthenticatorConfig())))
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** The keys a login asking for {@code requested} may use, in the same order. */
    public KeyTiles reaching(int requested) {
        return new KeyTiles(tiles.stream().filter(t -> t.reaches(requested)).toList());
    }

    /** The highest level any of these keys reaches, or {@link KeyTile#NO_LEVEL}. */
    public int highestLevel() {
        return tiles.stream().mapToInt(KeyTile::getLevel).max().orElse(KeyTile.NO_LEVEL);
    }

    public boolean isEmpty() {
        return tiles.isEmpty();
    }

    public int size() {
        return tiles.size();
    }

    public List<KeyTile> all() {
        return tiles;
    }

    public List<KeyTile> inGroup(String group) {
        return tiles.stream().filter(t -> t.getGroup().equals(group)).toList();
    }

    public Optional<KeyTile> byId(String id) {
        return tiles.stream().filter(t -> t.getId().equals(id)).findFirst();
    }
}

package be.digitalkeys.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.util.JsonSerialization;

/** A demo realm export under another name and without its demo users: a lab realm for tests that register their own people. */
public final class RealmCopies {

    private RealmCopies() {
    }

    public static RealmRepresentation withoutUsers(String exportFile, String name) {
        Path file = Path.of(TestSettings.required("dk.realms")).resolve(exportFile);
        try {
            RealmRepresentation rep = JsonSerialization.readValue(Files.readString(file), RealmRepresentation.class);
            rep.setRealm(name);
            rep.setId(null);
            rep.setUsers(List.of());
            return rep;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

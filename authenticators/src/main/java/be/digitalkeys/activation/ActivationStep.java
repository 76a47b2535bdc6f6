package be.digitalkeys.activation;

/** The steps of "activate your digital keys", as the seed's progress bar shows them. */
public enum ActivationStep {
    /** "Indiquer le code d'activation". */
    CODE(1),
    /** "Choisir votre clé numérique". */
    KEY(2),
    /** Username and password (part of "Activer votre clé numérique"). */
    CREDENTIALS(3),
    /** The registration code, or the app's QR code and first code. */
    CONFIRM(3);

    private final int progress;

    ActivationStep(int progress) {
        this.progress = progress;
    }

    /** Position on the 3-step progress bar. */
    public int progress() {
        return progress;
    }

    static ActivationStep fromNote(String note) {
        if (note == null) {
            return CODE;
        }
        try {
            return valueOf(note);
        } catch (IllegalArgumentException e) {
            return CODE;
        }
    }
}

package be.digitalkeys.password;

import org.keycloak.models.RealmModel;
import org.keycloak.models.UserModel;
import org.keycloak.policy.PasswordPolicyProvider;
import org.keycloak.policy.PolicyError;

/** Password policy "dk-common-passwords": refuses passwords from the shipped blocklist. */
public class CommonPasswordsPolicyProvider implements PasswordPolicyProvider {

    static final String ERROR_MESSAGE = "dkPasswordTooCommon";

    private final CommonPasswords list;

    CommonPasswordsPolicyProvider(CommonPasswords list) {
        this.list = list;
    }

    @Override
    public PolicyError validate(RealmModel realm, UserModel user, String password) {
        return validate(user == null ? null : user.getUsername(), password);
    }

    @Override
    public PolicyError validate(String username, String password) {
        return list.contains(password) ? new PolicyError(ERROR_MESSAGE) : null;
    }

    @Override
    public Object parseConfig(String value) {
        return null;
    }

    @Override
    public void close() {
    }
}

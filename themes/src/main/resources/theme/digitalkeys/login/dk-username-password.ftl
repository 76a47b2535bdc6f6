<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('username','password'); section>
<!-- template: dk-username-password.ftl -->
    <#if section = "header">
        <#if (dkChosenKey!"")?has_content>${msg("dkKey." + dkChosenKey + ".title")}<#else>${msg("loginAccountTitle")}</#if>
    <#elseif section = "form">
        <ol class="dk-setup-list" id="dk-username-password-steps">
            <li>${msg("dkUsernamePasswordStep1")}</li>
            <li>${msg("dkUsernamePasswordStep2")}</li>
        </ol>
        <form id="kc-form-login" class="${properties.kcFormClass!}" onsubmit="login.disabled = true; return true;" action="${url.loginAction}" method="post" novalidate="novalidate">
            <#if !usernameHidden??>
                <@field.input name="username" label=msg("username") error=messagesPerField.getFirstError('username','password')
                    autofocus=true autocomplete="username" value=dkUsername!'' />
            </#if>
            <@field.password name="password" label=msg("password") error="" forgotPassword=realm.resetPasswordAllowed autofocus=usernameHidden?? autocomplete="current-password" />
            <@buttons.actionGroup>
                <@buttons.button id="kc-login" name="login" label="dkContinue" />
            </@buttons.actionGroup>
        </form>
        <#if (dkChosenKey!"")?has_content>
            <p class="dk-another-key"><a id="dk-choose-another-key" href="${url.loginRestartFlowUrl}">${msg("dkChooseAnotherKey")}</a></p>
        </#if>
    </#if>
</@layout.registrationLayout>

<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "dk-macros.ftl" as dk>
<@layout.registrationLayout displayRequiredFields=false displayMessage=!messagesPerField.existsError('totp','userLabel'); section>
<!-- template: dk-totp-setup.ftl -->
    <#if section = "header">
        ${msg("dkTotpSetupTitle")}
    <#elseif section = "form">
        <@dk.steps/>
        <#if dkTotpReplacing!false>
            <p class="dk-intro" id="dk-totp-setup-replacing">${msg("dkTotpSetupReplacing")}</p>
        </#if>
        <ol class="dk-setup-list" id="dk-totp-setup-steps">
            <li>
                <p>${msg("dkTotpSetupInstall")}</p>
                <ul class="dk-apps" id="dk-totp-apps">
                    <#list dkTotpApps as app><li>${app}</li></#list>
                </ul>
            </li>
            <li>
                <p>${msg("dkTotpSetupScan")}</p>
                <img id="dk-totp-qr" class="dk-qr" src="data:image/png;base64,${dkTotpQrCode}" alt="${msg("dkTotpSetupQrAlt")}" width="200" height="200">
                <p>${msg("dkTotpSetupManual")}</p>
                <p class="dk-secret" id="dk-totp-secret">${dkTotpSecretGrouped}</p>
                <p id="dk-totp-parameters">${msg("dkTotpSetupParameters", dkTotpDigits, dkTotpPeriod, dkTotpAlgorithm)}</p>
            </li>
            <li><p id="dk-totp-confirm-help">${msg("dkTotpSetupConfirm")}</p></li>
        </ol>
        <form id="dk-totp-setup-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.group name="totp" label=msg("dkTotpSetupCodeLabel") error=messagesPerField.get('totp') required=true>
                <span class="${properties.kcInputClass} <#if messagesPerField.existsError('totp')>${properties.kcError}</#if>">
                    <input id="totp" name="totp" type="text" class="dk-code-input" autocomplete="one-time-code" inputmode="numeric"
                           maxlength="32" required aria-describedby="dk-totp-confirm-help<#if messagesPerField.existsError('totp')> input-error-totp</#if>"
                           <#if messagesPerField.existsError('totp')>aria-invalid="true"</#if>/>
                    <@field.errorIcon error=messagesPerField.get('totp')/>
                </span>
            </@field.group>
            <@field.input name="userLabel" label=msg("dkTotpSetupDeviceName") />
            <@buttons.actionGroup>
                <@buttons.button id="dk-totp-setup-submit" name="login" label="dkContinue" />
                <#if isAppInitiatedAction??>
                    <#-- Started from an application (kc_action=dk-totp-setup): the user may keep the current app. -->
                    <@buttons.button id="dk-totp-setup-cancel" name="cancel-aia" label="doCancel" type="secondary" formnovalidate="formnovalidate" value="true" />
                </#if>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>

<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('otp'); section>
<!-- template: dk-totp.ftl -->
    <#if section = "header">
        ${msg("dkTotpTitle")}
    <#elseif section = "form">
        <p class="dk-intro" id="dk-totp-intro">${msg("dkTotpIntro")}</p>
        <form id="dk-totp-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <@field.group name="otp" label=msg("dkTotpCodeLabel") error=messagesPerField.get('otp') required=true>
                <span class="${properties.kcInputClass} <#if messagesPerField.existsError('otp')>${properties.kcError}</#if>">
                    <input id="otp" name="otp" type="text" class="dk-code-input" autocomplete="one-time-code" inputmode="numeric"
                           maxlength="32" autofocus required
                           aria-describedby="dk-totp-intro<#if messagesPerField.existsError('otp')> input-error-otp</#if>"
                           <#if messagesPerField.existsError('otp')>aria-invalid="true"</#if>/>
                    <@field.errorIcon error=messagesPerField.get('otp')/>
                </span>
            </@field.group>
            <#if (dkRememberDeviceDays!0) gt 0>
                <div class="${properties.kcFormGroupClass!}">
                    <@field.checkbox name="rememberDevice" label=msg("dkTotpRememberDevice", dkRememberDeviceDays) />
                </div>
            </#if>
            <@buttons.actionGroup>
                <@buttons.button id="dk-totp-submit" name="login" label="dkContinue" />
            </@buttons.actionGroup>
        </form>
        <details class="dk-help" id="dk-totp-help">
            <summary>${msg("dkTotpHelpTitle")}</summary>
            <ul>
                <li>${msg("dkTotpHelpClock")}</li>
                <li>${msg("dkTotpHelpNewest")}</li>
                <li>${msg("dkTotpHelpSupport")}</li>
            </ul>
        </details>
        <#if dkFromChooser!false>
            <p class="dk-another-key"><a id="dk-choose-another-key" href="${url.loginRestartFlowUrl}">${msg("dkChooseAnotherKey")}</a></p>
        </#if>
    </#if>
</@layout.registrationLayout>

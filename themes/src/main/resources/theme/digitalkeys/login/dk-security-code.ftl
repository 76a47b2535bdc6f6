<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('code'); section>
<!-- template: dk-security-code.ftl -->
    <#if section = "header">
        ${msg("dkSecurityCodeTitle")}
    <#elseif section = "form">
        <#if dkHasKey && dkCodeField>
            <#-- The masked number ("+32 ••• •• •• 56") keeps to one line: no-break spaces (issue 20). -->
            <p class="dk-intro" id="dk-security-code-intro">${msg((dkChannel == "sms")?then("dkSecurityCodeSentSms", "dkSecurityCodeSentEmail"), dkAddress?replace(" ", "\xA0"), dkValidityMinutes)}</p>
            <form id="dk-security-code-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
                <@field.group name="code" label=msg("dkSecurityCodeLabel") error=messagesPerField.get('code') required=true>
                    <span class="${properties.kcInputClass} <#if messagesPerField.existsError('code')>${properties.kcError}</#if>">
                        <input id="code" name="code" type="text" class="dk-code-input" autocomplete="one-time-code"
                               <#if dkCodeNumeric>inputmode="numeric"</#if> maxlength="64" autofocus required
                               aria-describedby="dk-security-code-intro<#if messagesPerField.existsError('code')> input-error-code</#if>"
                               <#if messagesPerField.existsError('code')>aria-invalid="true"</#if>/>
                        <@field.errorIcon error=messagesPerField.get('code')/>
                    </span>
                </@field.group>
                <@buttons.actionGroup>
                    <@buttons.button id="dk-security-code-submit" name="login" label="dkContinue" />
                    <@buttons.button id="dk-security-code-resend" name="resend" label="dkSecurityCodeResend" type="secondary" formnovalidate="formnovalidate" value="true" />
                </@buttons.actionGroup>
            </form>
            <p class="dk-help" id="dk-security-code-hint">${msg((dkChannel == "sms")?then("dkSecurityCodeHintSms", "dkSecurityCodeHintEmail"))}</p>
        <#elseif dkHasKey>
            <form id="dk-security-code-retry-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
                <@buttons.actionGroup>
                    <@buttons.button id="dk-security-code-resend" name="resend" label="dkSecurityCodeSendNew" value="true" />
                </@buttons.actionGroup>
            </form>
        </#if>
        <p class="dk-another-key"><a id="dk-choose-another-key" href="${url.loginRestartFlowUrl}">${msg("dkChooseAnotherKey")}</a></p>
    </#if>
</@layout.registrationLayout>

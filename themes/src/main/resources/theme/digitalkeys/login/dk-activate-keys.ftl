<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('activationCode','channel','terms','phone','username','password-new','password-confirm','code'); section>
<!-- template: dk-activate-keys.ftl -->
    <#if section = "header">
        ${msg("dkActivationTitle")}
    <#elseif section = "form">
        <ol class="dk-progress" id="dk-activation-progress" aria-label="${msg("dkActivationProgressLabel")}">
            <#list 1..3 as n>
                <li class="<#if n == dkActivationProgress>dk-current<#elseif n lt dkActivationProgress>dk-done</#if>" <#if n == dkActivationProgress>aria-current="step"</#if>>${msg("dkActivationProgress" + n)}</li>
            </#list>
        </ol>
        <#if dkKeysDeactivated && dkActivationStep == "CODE">
            <p class="dk-notice" id="dk-activation-deactivated" role="status">${msg("dkActivationKeysDeactivated")}</p>
        </#if>
        <form id="dk-activation-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
        <#if dkActivationStep == "CODE">
            <p class="dk-intro" id="dk-activation-intro">${msg("dkActivationCodeIntro")}</p>
            <@field.input name="activationCode" label=msg("dkActivationCodeLabel") autofocus=true autocomplete="off" describedBy="dk-activation-code-format" />
            <p class="dk-help" id="dk-activation-code-format">${msg("dkActivationCodeFormat")}</p>
            <@buttons.actionGroup><@buttons.button id="dk-activation-submit" name="next" label="dkNext" /></@buttons.actionGroup>
        <#elseif dkActivationStep == "KEY">
            <fieldset class="dk-key-choice" aria-describedby="dk-activation-recommend<#if messagesPerField.existsError('channel')> input-error-channel</#if>">
                <legend class="dk-intro">${msg("dkActivationKeyIntro")}</legend>
                <p class="dk-help" id="dk-activation-recommend">${msg("dkActivationRecommend")}</p>
                <#list ["email", "app", "sms"] as c>
                    <div class="dk-radio">
                        <input type="radio" id="dk-channel-${c}" name="channel" value="${c}" <#if c == dkChannel || (!dkChannel?has_content && c == "email")>checked</#if>/>
                        <label for="dk-channel-${c}">${msg("dkActivationChannel." + c)}</label>
                    </div>
                </#list>
                <#if messagesPerField.existsError('channel')><p class="dk-error" id="input-error-channel">${kcSanitize(messagesPerField.get('channel'))?no_esc}</p></#if>
            </fieldset>
            <@field.input name="phone" label=msg("dkActivationPhoneLabel") autocomplete="tel" />
            <div class="${properties.kcFormGroupClass!}">
                <@field.checkbox name="terms" label=msg("dkActivationTerms") required=true invalid=messagesPerField.existsError('terms') />
                <#if messagesPerField.existsError('terms')><p class="dk-error" id="input-error-terms">${kcSanitize(messagesPerField.get('terms'))?no_esc}</p></#if>
            </div>
            <@buttons.actionGroup><@buttons.button id="dk-activation-submit" name="next" label="dkActivationActivate" /></@buttons.actionGroup>
        <#elseif dkActivationStep == "CREDENTIALS">
            <p class="dk-intro" id="dk-activation-intro">${msg("dkActivationCredentialsIntro")}</p>
            <@field.input name="username" label=msg("username") autofocus=true autocomplete="username" />
            <@field.password name="password-new" label=msg("dkPasswordNew") autocomplete="new-password" required=true />
            <@field.password name="password-confirm" label=msg("dkPasswordConfirm") autocomplete="new-password" required=true />
            <@buttons.actionGroup><@buttons.button id="dk-activation-submit" name="next" label="dkNext" /></@buttons.actionGroup>
        <#elseif dkActivationStep == "CONFIRM">
            <#if dkChannel == "app">
                <p class="dk-intro" id="dk-activation-intro">${msg("dkActivationAppIntro")}</p>
                <img id="dk-totp-qr" class="dk-qr" src="data:image/png;base64,${dkTotpQrCode}" alt="${msg("dkTotpSetupQrAlt")}"/>
                <p>${msg("dkTotpSetupManual")}</p>
                <p class="dk-secret" id="dk-totp-secret">${dkTotpSecretGrouped}</p>
            <#else>
                <p class="dk-intro" id="dk-activation-intro">${msg((dkChannel == "sms")?then("dkActivationRegistrationSms", "dkActivationRegistrationEmail"), dkAddress)}</p>
                <p class="dk-help" id="dk-activation-validity">${msg("dkActivationRegistrationValidity")}</p>
            </#if>
            <@field.input name="code" label=msg((dkChannel == "app")?then("dkActivationAppCodeLabel", "dkActivationRegistrationLabel")) autofocus=true autocomplete="one-time-code" />
            <@buttons.actionGroup>
                <@buttons.button id="dk-activation-submit" name="next" label="dkContinue" />
                <#if dkChannel != "app">
                    <@buttons.button id="dk-activation-resend" name="resend" label="dkSecurityCodeResend" type="secondary" formnovalidate="formnovalidate" value="true" />
                </#if>
                <@buttons.button id="dk-activation-other-key" name="otherKey" label="dkActivationOtherKey" type="link" formnovalidate="formnovalidate" value="true" />
            </@buttons.actionGroup>
        </#if>
        </form>
    </#if>
</@layout.registrationLayout>

<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<#import "dk-macros.ftl" as dk>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password-new','password-confirm'); section>
<!-- template: dk-password-setup.ftl -->
    <#if section = "header">
        ${msg("dkPasswordSetupTitle")}
    <#elseif section = "form">
        <@dk.steps/>
        <p class="dk-intro" id="dk-password-intro">${msg("dkPasswordSetupIntro")}</p>
        <form id="dk-password-setup-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post" novalidate="novalidate">
            <input type="text" id="username" name="username" value="${(user.username)!''}" autocomplete="username" readonly hidden aria-hidden="true">
            <@field.password name="password-new" label=msg("dkPasswordNew") autocomplete="new-password" autofocus=true required=true describedBy="dk-password-hint">
                <div class="${properties.kcInputHelperTextItemClass}" id="dk-password-hint">
                    <span class="${properties.kcInputHelperTextItemTextClass}">${msg("dkPasswordHint", (dkPasswordMinLength!8))}</span>
                </div>
            </@field.password>
            <@field.password name="password-confirm" label=msg("dkPasswordConfirm") autocomplete="new-password" required=true />
            <@buttons.actionGroup>
                <@buttons.button id="dk-password-submit" name="login" label="dkContinue" />
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>

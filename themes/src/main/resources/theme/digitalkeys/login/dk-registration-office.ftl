<#import "template.ftl" as layout>
<#import "field.ftl" as field>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout displayMessage=true; section>
<!-- template: dk-registration-office.ftl -->
    <#if section = "header">
        ${msg("dkOfficeTitle")}
    <#elseif section = "form">
        <#if dkCsrf??>
            <p class="dk-intro" id="dk-office-intro">${msg("dkOfficeIntro")}</p>
            <form id="dk-office-form" class="${properties.kcFormClass!}" action="${dkOfficeUrl}" method="post" novalidate="novalidate">
                <input type="hidden" name="csrf" value="${dkCsrf}"/>
                <div class="${properties.kcFormGroupClass!}">
                    <@field.checkbox name="identityChecked" label=msg("dkOfficeIdentityChecked") required=true invalid=messagesPerField.existsError('identityChecked') />
                    <#if messagesPerField.existsError('identityChecked')>
                        <p class="dk-error" id="input-error-identityChecked">${kcSanitize(messagesPerField.get('identityChecked'))?no_esc}</p>
                    </#if>
                </div>
                <@field.input name="firstName" label=msg("firstName") value=dkFirstName required=true autocomplete="off" />
                <@field.input name="lastName" label=msg("lastName") value=dkLastName required=true autocomplete="off" />
                <@field.input name="email" label=msg("email") value=dkEmail required=true autocomplete="off" />
                <div class="${properties.kcFormGroupClass!}">
                    <label for="locale" class="pf-v5-c-form__label"><span class="pf-v5-c-form__label-text">${msg("dkOfficeLanguage")}</span></label>
                    <span class="${properties.kcInputClass!}">
                        <select id="locale" name="locale">
                            <#list dkLocales as l>
                                <option value="${l}" <#if l == dkLocale>selected</#if>>${msg("locale_" + l)}</option>
                            </#list>
                        </select>
                    </span>
                </div>
                <@buttons.actionGroup>
                    <@buttons.button id="dk-office-submit" name="issue" label="dkOfficeIssue" />
                </@buttons.actionGroup>
            </form>
        </#if>
    </#if>
</@layout.registrationLayout>

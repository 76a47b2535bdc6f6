<#import "template.ftl" as layout>
<#import "buttons.ftl" as buttons>
<@layout.registrationLayout; section>
<!-- template: dk-step-up.ftl -->
    <#if section = "header">
        ${msg("dkStepUpTitle")}
    <#elseif section = "form">
        <p class="dk-intro" id="dk-step-up-text">${msg(dkStepUpMessage)}</p>
        <#if !(dkStepUpPossible!true)>
            <p class="dk-notice" id="dk-step-up-impossible" role="alert">${msg("dkStepUpImpossible")}</p>
        </#if>
        <form id="dk-step-up-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <@buttons.actionGroup>
                <#if dkStepUpPossible!true>
                    <@buttons.button id="dk-step-up-continue" name="stepUp" label="dkStepUpContinue" value="continue" />
                </#if>
                <#if dkStepUpCancel!false>
                    <@buttons.button id="dk-step-up-cancel" name="stepUp" label="dkStepUpCancel" value="cancel" type="secondary" />
                </#if>
            </@buttons.actionGroup>
        </form>
    </#if>
</@layout.registrationLayout>

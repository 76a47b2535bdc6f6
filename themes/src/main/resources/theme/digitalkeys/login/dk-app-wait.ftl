<#import "template.ftl" as layout>
<#import "dk-macros.ftl" as dk>
<#-- Like the card pages, the app pages never show whose phone number it is: keycloak.v2 would show
     the username of the number's holder. The layout reads "auth" for that, so these pages hide it;
     "try another way" stays, as a real button. -->
<#assign dkTryAnotherWay = (auth?has_content && auth.showTryAnotherWayLink())>
<#global auth = {}>
<@layout.registrationLayout; section>
<!-- template: dk-app-wait.ftl -->
    <#if section = "header">
        ${msg("dkAppWaitTitle")}
    <#elseif section = "form">
        <@dk.appWaiting waitingKey="dkAppStatusWaiting" doneKey="dkAppStatusDone">
            <#-- The masked number keeps to one line (no-break spaces). -->
            <p class="dk-intro" id="dkAppWaitIntro"><#if dkAppPhoneMasked?has_content>${msg("dkAppWaitIntroPhone", dkAppPhoneMasked?replace(" ", "\xA0"), dkAppService!"")}<#else>${msg("dkAppWaitIntro", dkAppService!"")}</#if></p>
            <#if dkAppIcon?has_content>
                <div class="dk-app-icon-box" id="dkAppIconBox">
                    <p class="dk-app-icon-text" id="dkAppIconText">${msg("dkAppIconRemember")}</p>
                    <img class="dk-app-icon" id="dkAppIcon" data-icon="${dkAppIcon}" src="${url.resourcesPath}/img/app-icons/${dkAppIcon}.svg"
                         alt="${msg('dkAppIcon.' + dkAppIcon)}" width="96" height="96">
                    <#-- The image's text alternative already says it to screen readers. -->
                    <p class="dk-app-icon-name" id="dkAppIconName" aria-hidden="true">${msg('dkAppIcon.' + dkAppIcon)}</p>
                </div>
            </#if>
        </@dk.appWaiting>
        <form id="kc-dk-app-continue-form" class="${properties.kcFormClass!}" action="${url.loginAction}" method="post">
            <input type="hidden" name="action" value="continue"/>
            <p class="dk-help" id="dkAppContinueHint">${msg("dkAppContinueHint")}</p>
            <div class="${properties.kcFormGroupClass}">
                <button type="submit" id="dkAppContinue" class="${properties.kcButtonSecondaryClass} ${properties.kcButtonBlockClass}"
                        aria-describedby="dkAppContinueHint">${msg("dkAppContinue")}</button>
            </div>
        </form>
        <form id="kc-dk-app-cancel-form" action="${url.loginAction}" method="post">
            <button type="submit" id="dkAppCancel" name="action" value="cancel" class="${properties.kcButtonLinkClass!} dk-app-link-button"><#if dkAppPhoneMasked?has_content>${msg("dkAppCancel")}<#else>${msg("doCancel")}</#if></button>
        </form>
        <details class="dk-help" id="dkAppWaitHelp">
            <summary>${msg("dkAppWaitHelpTitle")}</summary>
            <ul>
                <li>${msg("dkAppWaitHelpOpen")}</li>
                <li>${msg("dkAppWaitHelpInternet")}</li>
                <#if dkAppPhoneMasked?has_content><li>${msg("dkAppWaitHelpNumber")}</li></#if>
            </ul>
        </details>
        <@dk.tryAnotherWay show=dkTryAnotherWay/>
        <script src="${url.resourcesPath}/js/dk-app-wait.js" defer></script>
    </#if>
</@layout.registrationLayout>

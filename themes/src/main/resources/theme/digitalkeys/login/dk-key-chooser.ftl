<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('key'); section>
<!-- template: dk-key-chooser.ftl -->
    <#if section = "header">
        ${msg("dkKeyChooserTitle")}
    <#elseif section = "form">
        <#if dkStepUp!false>
            <p class="dk-intro dk-level-note" id="dk-key-chooser-intro">${msg("dkKeyChooserStepUp")}</p>
        <#elseif dkStrongerKeyNeeded!false>
            <p class="dk-intro dk-level-note" id="dk-key-chooser-intro">${msg("dkKeyChooserStronger")}</p>
        <#else>
            <p class="dk-intro" id="dk-key-chooser-intro">${msg("dkKeyChooserIntro")}</p>
        </#if>
        <#if messagesPerField.existsError('key')>
            <p class="dk-error" id="input-error-key" role="alert">${kcSanitize(messagesPerField.get('key'))?no_esc}</p>
        </#if>
        <form id="dk-key-chooser-form" action="${url.loginAction}" method="post">
            <#list [{"id": "identity", "tiles": dkIdentityKeys}, {"id": "security-code", "tiles": dkSecurityCodeKeys}] as group>
                <#if group.tiles?has_content>
                    <section class="dk-key-group" aria-labelledby="dk-key-group-${group.id}">
                        <h2 class="dk-key-group-title" id="dk-key-group-${group.id}">${msg("dkKeyGroup." + group.id)}</h2>
                        <ul class="dk-key-tiles">
                            <#list group.tiles as tile>
                                <li class="dk-key-tile<#if tile.id == dkLastKey> dk-key-last</#if>">
                                    <button type="submit" name="key" value="${tile.id}" id="dk-key-${tile.id}" class="dk-key-button"
                                            <#if tile.id == dkLastKey>autofocus aria-describedby="dk-key-last-${tile.id}"</#if>>
                                        <span class="dk-key-kicker">${msg("dkKeyIdentification")}</span>
                                        <span class="dk-key-title">${msg(tile.titleKey)}</span>
                                    </button>
                                    <#if tile.id == dkLastKey>
                                        <span class="dk-key-badge" id="dk-key-last-${tile.id}">${msg("dkKeyLastUsed")}</span>
                                    </#if>
                                    <details class="dk-help dk-key-info" id="dk-key-info-${tile.id}">
                                        <summary>${msg("dkKeyMoreInfo")}</summary>
                                        <p>${msg(tile.infoKey)}</p>
                                    </details>
                                </li>
                            </#list>
                        </ul>
                    </section>
                </#if>
            </#list>
        </form>
    </#if>
</@layout.registrationLayout>

<#import "template.ftl" as layout>
<@layout.registrationLayout; section>
<!-- template: dk-card-simulator.ftl -->
    <#if section = "header">
        ${msg("dkSimTitle")}
    <#elseif section = "form">
        <p class="dk-notice" id="dk-sim-warning">${msg("dkSimWarning")}</p>
        <div id="dk-sim" data-url="${dkSimUrl}"
             data-insert="${msg('dkSimInsert')}" data-login="${msg('dkSimPressLogin')}" data-challenge="${msg('dkSimChallenge')}"
             data-confirm="${msg('dkSimConfirm')}" data-pin="${msg('dkSimPin')}" data-wrong-pin="${msg('dkSimWrongPin')}"
             data-unknown="${msg('dkSimUnknownCard')}" data-failed="${msg('dkSimFailed')}">
            <div class="dk-radio">
                <label for="dk-sim-card">${msg("dkSimCardLabel")}</label>
                <select id="dk-sim-card" class="dk-sim-select">
                    <#list dkSimCards as card><option value="${card.digits}">${card.grouped}</option></#list>
                </select>
                <button type="button" id="dk-sim-insert" class="pf-v5-c-button pf-m-secondary">${msg("dkSimInsertButton")}</button>
            </div>
            <div class="dk-reader" role="group" aria-label="${msg('dkSimReaderLabel')}">
                <div class="dk-reader-display" id="dk-sim-display" aria-live="polite">${msg("dkSimInsert")}</div>
                <div class="dk-reader-keys">
                    <#list ["1","2","3","4","5","6","7","8","9"] as key>
                        <button type="button" id="dk-sim-key-${key}" data-key="${key}">${key}</button>
                    </#list>
                    <button type="button" id="dk-sim-clear" aria-label="C – ${msg('dkSimClear')}">C</button>
                    <button type="button" id="dk-sim-key-0" data-key="0">0</button>
                    <button type="button" id="dk-sim-ok">OK</button>
                    <button type="button" id="dk-sim-login">Login</button>
                </div>
            </div>
            <p class="dk-help">${msg("dkSimHelp")}</p>
        </div>
        <script src="${url.resourcesPath}/js/dk-card-simulator.js" defer></script>
    </#if>
</@layout.registrationLayout>

<#-- Included by dk-eid.ftl (through the dk-development-kit SPI) in lab realms only: the TEST
     software eID's button, its window and its script. Lab jar only: never in production. -->
    <section class="dk-test-box" id="dk-eid-software-box" aria-labelledby="dk-eid-software-title">
        <p class="dk-test-label" aria-hidden="true">TEST</p>
        <h2 class="dk-test-title" id="dk-eid-software-title">${msg("dkEidSoftwareTitle")}</h2>
        <p>${msg("dkEidSoftwareText")}</p>
        <button type="button" id="dk-eid-software" data-dk-eid-signer="DkSoftwareEid" data-cards-url="${dkLabCardsUrl}" class="${properties.kcButtonSecondaryClass} ${properties.kcButtonBlockClass}">${msg("dkEidSoftwareButton")}</button>
    </section>
    <#-- The TEST software eID's window, opened by dk-software-eid.js. -->
    <template id="dk-seid-template">
        <dialog class="dk-seid-dialog" id="dk-seid-dialog" role="dialog" aria-modal="true" aria-labelledby="dk-seid-title"
                aria-describedby="dk-seid-text"
                data-card-option="${msg('dkSeidCardOption')}" data-wrong-pin="${msg('dkSeidWrongPin')}"
                data-wrong-pin-last="${msg('dkSeidWrongPinLast')}" data-pin-empty="${msg('dkSeidPinEmpty')}"
                data-reset-done="${msg('dkSeidResetDone')}">
            <form id="dk-seid-form" novalidate="novalidate">
                <p class="dk-test-label" aria-hidden="true">TEST</p>
                <h2 class="dk-seid-title" id="dk-seid-title">${msg("dkSeidTitle")}</h2>
                <p id="dk-seid-text">${msg("dkSeidText")} <strong class="dk-seid-origin" id="dk-seid-origin"></strong></p>
                <div class="dk-seid-field">
                    <label for="dk-seid-card">${msg("dkSeidCardLabel")}</label>
                    <select id="dk-seid-card" class="dk-seid-control">
                        <option value="">${msg("dkSeidNoCard")}</option>
                    </select>
                </div>
                <div class="dk-seid-field">
                    <label for="dk-seid-pin">${msg("dkSeidPinLabel")}</label>
                    <input id="dk-seid-pin" class="dk-seid-control dk-code-input" type="password" inputmode="numeric" maxlength="12"
                           autocomplete="off" aria-describedby="dk-seid-error"/>
                </div>
                <p class="dk-error" id="dk-seid-error" role="alert"></p>
                <p class="dk-seid-status" id="dk-seid-status" role="status"></p>
                <div class="dk-seid-actions">
                    <button type="submit" id="dk-seid-ok" class="${properties.kcButtonPrimaryClass}">${msg("dkSeidOk")}</button>
                    <button type="button" id="dk-seid-cancel" class="${properties.kcButtonSecondaryClass}">${msg("dkSeidCancel")}</button>
                </div>
                <button type="button" id="dk-seid-reset" class="${properties.kcButtonLinkClass!} dk-seid-reset">${msg("dkSeidReset")}</button>
            </form>
        </dialog>
    </template>
<script src="${url.resourcesPath}/js/dk-software-eid.js" defer></script>

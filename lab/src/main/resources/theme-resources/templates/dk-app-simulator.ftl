<#import "template.ftl" as layout>
<#-- DEVELOPMENT ONLY (development realms): a phone-shaped stand-in for the Digital Keys app.
     dk-app-simulator.js implements the app against the app API (dkAppApiUrl) with WebCrypto.
     One screen is shown at a time; every text the script writes comes from <template id="simTexts">. -->
<#assign dkAppIcons = ["sun", "moon", "star", "heart", "tree", "house", "car", "fish", "bell", "key", "leaf", "cloud"]>
<#assign dkAppSimErrors = ["invalid_request", "invalid_phone", "invalid_activation_token", "phone_mismatch", "sms_unavailable",
    "wrong_code", "expired", "invalid_key", "bad_signature", "stale", "sms_code_not_confirmed", "unknown_device",
    "unknown_request", "cancelled", "already_answered"]>
<#assign dkAppDataKeys = ["firstName", "lastName", "email", "niss", "phoneNumber"]>
<@layout.registrationLayout; section>
<!-- template: dk-app-simulator.ftl -->
    <#if section = "header">
        ${msg("dkAppSimTitle")}
    <#elseif section = "form">
        <p class="dk-app-sim-banner" id="simBanner">${msg("dkAppSimBanner")}</p>
        <p class="dk-help" id="simHelp">${msg("dkAppSimHelp")}</p>
        <p class="dk-help" id="simRealm">${msg("dkAppSimRealm", dkAppRealm)}</p>
        <noscript><p class="dk-error" id="simNoScript">${msg("dkAppSimNoScript")}</p></noscript>

        <div class="dk-app-sim-phone" id="dk-app-sim" role="region" aria-label="${msg("dkAppSimPhoneLabel")}"
             data-api="${dkAppApiUrl}" data-code-check="${dkAppCodeCheckUrl}" data-realm="${dkAppRealm}" data-icons="${url.resourcesPath}/img/app-icons">
            <div class="dk-app-sim-bar" aria-hidden="true"><span class="dk-app-sim-notch"></span><span>Digital Keys</span></div>
            <p class="dk-app-sim-message" id="simMessage" role="alert"></p>
            <p class="dk-app-sim-info" id="simInfo" role="status"></p>

            <section class="dk-app-sim-screen" id="simActivate" aria-labelledby="simActivateTitle" hidden>
                <h2 class="dk-app-sim-title" id="simActivateTitle" tabindex="-1">${msg("dkAppSimActivateTitle")}</h2>
                <p id="simActivateIntro">${msg("dkAppSimActivateIntro")}</p>
                <form id="simActivateForm" novalidate="novalidate">
                    <div class="dk-app-sim-field">
                        <label for="simToken">${msg("dkAppSimTokenLabel")}</label>
                        <input id="simToken" class="dk-app-sim-control dk-app-sim-token" type="text" autocomplete="off" autocapitalize="characters"
                               spellcheck="false" maxlength="12" required aria-describedby="simTokenHint simMessage"/>
                        <p class="dk-app-sim-hint" id="simTokenHint">${msg("dkAppSimTokenHint")}</p>
                    </div>
                    <div class="dk-app-sim-field">
                        <label for="simPhone">${msg("dkAppSimPhoneNumberLabel")}</label>
                        <input id="simPhone" class="dk-app-sim-control" type="tel" autocomplete="tel" inputmode="tel" maxlength="32" required
                               aria-describedby="simPhoneHint simMessage"/>
                        <p class="dk-app-sim-hint" id="simPhoneHint">${msg("dkAppSimPhoneNumberHint")}</p>
                    </div>
                    <button type="submit" id="simStart" class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}">${msg("dkContinue")}</button>
                </form>
            </section>

            <section class="dk-app-sim-screen" id="simSms" aria-labelledby="simSmsTitle" hidden>
                <h2 class="dk-app-sim-title" id="simSmsTitle" tabindex="-1">${msg("dkAppSimSmsTitle")}</h2>
                <p id="simSmsIntro"></p>
                <p class="dk-app-sim-hint" id="simSmsDev">${msg("dkAppSimSmsDev")}</p>
                <form id="simSmsForm" novalidate="novalidate">
                    <div class="dk-app-sim-field">
                        <label for="simSmsCode">${msg("dkAppSimSmsCodeLabel")}</label>
                        <input id="simSmsCode" class="dk-app-sim-control dk-code-input" type="text" inputmode="numeric" autocomplete="one-time-code"
                               maxlength="5" pattern="[0-9]*" required aria-describedby="simSmsIntro simMessage"/>
                    </div>
                    <button type="submit" id="simSmsConfirm" class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}">${msg("dkContinue")}</button>
                </form>
                <button type="button" id="simSmsRestart" class="${properties.kcButtonLinkClass!} dk-app-link-button" data-restart>${msg("dkAppSimRestart")}</button>
            </section>

            <section class="dk-app-sim-screen" id="simChooseCode" aria-labelledby="simChooseCodeTitle" hidden>
                <h2 class="dk-app-sim-title" id="simChooseCodeTitle" tabindex="-1">${msg("dkAppSimChooseTitle")}</h2>
                <p id="simChooseIntro">${msg("dkAppSimChooseIntro")}</p>
                <form id="simCodeForm" novalidate="novalidate">
                    <div class="dk-app-sim-field">
                        <label for="simAppCode">${msg("dkAppSimAppCodeLabel")}</label>
                        <input id="simAppCode" class="dk-app-sim-control dk-code-input" type="password" inputmode="numeric" maxlength="5"
                               autocomplete="off" required aria-describedby="simRulesTitle simRules simMessage"/>
                    </div>
                    <p class="dk-app-sim-rules-title" id="simRulesTitle">${msg("dkAppSimRulesTitle")}</p>
                    <ul class="dk-app-sim-rules" id="simRules" aria-labelledby="simRulesTitle">
                        <#list [{"id": "simRuleIdentical", "key": "dkAppSimRuleIdentical", "example": "99999"},
                                {"id": "simRuleConsecutive", "key": "dkAppSimRuleConsecutive", "example": "12345"},
                                {"id": "simRulePalindrome", "key": "dkAppSimRulePalindrome", "example": "12321"}] as rule>
                            <li id="${rule.id}" data-state="unknown">
                                <span class="dk-app-sim-rule-mark" aria-hidden="true">•</span>
                                <span class="dk-app-sim-rule-text">${msg(rule.key)}</span>
                                <span class="dk-app-sim-rule-example">${msg("dkAppSimRuleExample", rule.example)}</span>
                                <span class="dk-app-sim-rule-state"></span>
                            </li>
                        </#list>
                    </ul>
                    <p class="dk-visually-hidden" id="simCodeStatus" aria-live="polite"></p>
                    <div class="dk-app-sim-field">
                        <label for="simAppCodeRepeat">${msg("dkAppSimAppCodeRepeatLabel")}</label>
                        <input id="simAppCodeRepeat" class="dk-app-sim-control dk-code-input" type="password" inputmode="numeric" maxlength="5"
                               autocomplete="off" required aria-describedby="simCodeMismatch simMessage"/>
                        <p class="dk-error dk-app-sim-field-error" id="simCodeMismatch" aria-live="polite"></p>
                    </div>
                    <button type="submit" id="simCodeConfirm" class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}" disabled>${msg("dkAppSimCodeConfirm")}</button>
                </form>
                <button type="button" id="simCodeRestart" class="${properties.kcButtonLinkClass!} dk-app-link-button" data-restart>${msg("dkAppSimRestart")}</button>
            </section>

            <section class="dk-app-sim-screen" id="simHome" aria-labelledby="simHomeTitle" hidden>
                <h2 class="dk-app-sim-title dk-app-sim-hello" id="simHomeTitle" tabindex="-1"></h2>
                <p class="dk-app-sim-home-status" id="simHomeStatus" aria-live="polite"></p>
                <button type="button" id="simRefresh" class="${properties.kcButtonSecondaryClass} ${properties.kcButtonBlockClass}">${msg("dkAppSimRefresh")}</button>
                <button type="button" id="simReset" class="${properties.kcButtonLinkClass!} dk-app-link-button dk-app-sim-reset">${msg("dkAppSimReset")}</button>
            </section>

            <section class="dk-app-sim-screen" id="simRequest" aria-labelledby="simRequestTitle" hidden>
                <h2 class="dk-app-sim-title" id="simRequestTitle" tabindex="-1">${msg("dkAppSimRequestTitle")}</h2>
                <p class="dk-app-sim-service" id="simService"></p>
                <h3 class="dk-app-sim-subtitle" id="simActionTitle">${msg("dkAppSimInfoTitle")}</h3>
                <p id="simAction"></p>
                <h3 class="dk-app-sim-subtitle" id="simDataTitle">${msg("dkAppSimDataTitle")}</h3>
                <p class="dk-app-sim-hint" id="simDataIntro">${msg("dkAppSimDataIntro")}</p>
                <ul class="dk-app-sim-data" id="simData" aria-labelledby="simDataTitle"></ul>
                <div class="dk-app-sim-icons-box" id="simIconsBox" hidden>
                    <h3 class="dk-app-sim-subtitle" id="simIconsTitle">${msg("dkAppSimIconsTitle")}</h3>
                    <div class="dk-app-sim-icons" id="simIcons" role="group" aria-labelledby="simIconsTitle"></div>
                </div>
                <div class="dk-app-sim-actions">
                    <button type="button" id="simConfirm" class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}">${msg("dkAppSimConfirm")}</button>
                    <button type="button" id="simDeny" class="${properties.kcButtonSecondaryClass} ${properties.kcButtonBlockClass}">${msg("dkAppSimDeny")}</button>
                </div>
            </section>

            <section class="dk-app-sim-screen" id="simPinScreen" aria-labelledby="simPinTitle" hidden>
                <h2 class="dk-app-sim-title" id="simPinTitle" tabindex="-1">${msg("dkAppSimPinTitle")}</h2>
                <form id="simPinForm" novalidate="novalidate">
                    <div class="dk-app-sim-field">
                        <label for="simPin">${msg("dkAppSimPinLabel")}</label>
                        <input id="simPin" class="dk-app-sim-control dk-code-input" type="password" inputmode="numeric" maxlength="5"
                               autocomplete="off" required aria-describedby="simMessage"/>
                    </div>
                    <div class="dk-app-sim-keypad" id="simKeypad" role="group" aria-label="${msg("dkAppSimKeypadLabel")}">
                        <#list ["1", "2", "3", "4", "5", "6", "7", "8", "9"] as digit>
                            <button type="button" id="simKey${digit}" data-digit="${digit}">${digit}</button>
                        </#list>
                        <button type="button" id="simKeyErase" data-erase aria-label="${msg("dkAppSimErase")}"><span aria-hidden="true">⌫</span></button>
                        <button type="button" id="simKey0" data-digit="0">0</button>
                        <button type="submit" id="simPinOk" class="dk-app-sim-ok">OK</button>
                    </div>
                </form>
                <button type="button" id="simPinBack" class="${properties.kcButtonLinkClass!} dk-app-link-button">${msg("dkAppSimPinBack")}</button>
            </section>

            <section class="dk-app-sim-screen" id="simResultScreen" aria-labelledby="simResult" hidden>
                <h2 class="dk-app-sim-title dk-app-sim-result" id="simResult" tabindex="-1"></h2>
                <p id="simResultText"></p>
                <button type="button" id="simBack" class="${properties.kcButtonPrimaryClass} ${properties.kcButtonBlockClass}">${msg("dkAppSimBack")}</button>
            </section>
        </div>

        <template id="simTexts">
            <span data-key="hello">${msg("dkAppSimHello")}</span>
            <span data-key="smsIntro">${msg("dkAppSimSmsIntro")}</span>
            <span data-key="smsDigits">${msg("dkAppSimSmsDigits")}</span>
            <span data-key="tokenMissing">${msg("dkAppSimTokenMissing")}</span>
            <span data-key="phoneMissing">${msg("dkAppSimPhoneMissing")}</span>
            <span data-key="ruleOk">${msg("dkAppSimRuleOk")}</span>
            <span data-key="ruleBroken">${msg("dkAppSimRuleBroken")}</span>
            <span data-key="codeValid">${msg("dkAppSimCodeValid")}</span>
            <span data-key="codeBroken">${msg("dkAppSimCodeBroken")}</span>
            <span data-key="codeLength">${msg("dkAppSimCodeLength")}</span>
            <span data-key="codeMismatch">${msg("dkAppSimCodeMismatch")}</span>
            <span data-key="enrolled">${msg("dkAppSimEnrolled")}</span>
            <span data-key="noRequest">${msg("dkAppSimNoRequest")}</span>
            <span data-key="actionLogin">${msg("dkAppSimActionLogin")}</span>
            <span data-key="selectIcon">${msg("dkAppSimSelectIcon")}</span>
            <span data-key="pinIncomplete">${msg("dkAppSimPinIncomplete")}</span>
            <span data-key="pinWrong">${msg("dkAppSimPinWrong")}</span>
            <span data-key="pinWrongLast">${msg("dkAppSimPinWrongLast")}</span>
            <span data-key="pinBlocked">${msg("dkAppSimPinBlocked")}</span>
            <span data-key="resetDone">${msg("dkAppSimResetDone")}</span>
            <span data-key="noCrypto">${msg("dkAppSimNoCrypto")}</span>
            <span data-key="errorGeneric">${msg("dkAppSimErrorGeneric")}</span>
            <span data-key="errorNetwork">${msg("dkAppSimErrorNetwork")}</span>
            <span data-key="result.approved">${msg("dkAppSimResultApproved")}</span>
            <span data-key="result.denied">${msg("dkAppSimResultDenied")}</span>
            <span data-key="result.wrong_icon">${msg("dkAppSimResultWrongIcon")}</span>
            <span data-key="resultText.approved">${msg("dkAppSimResultApprovedText")}</span>
            <span data-key="resultText.denied">${msg("dkAppSimResultDeniedText")}</span>
            <span data-key="resultText.wrong_icon">${msg("dkAppSimResultWrongIconText")}</span>
            <#list dkAppSimErrors as code><span data-key="error.${code}">${msg("dkAppSimError." + code)}</span></#list>
            <#list dkAppIcons as icon><span data-key="icon.${icon}">${msg("dkAppIcon." + icon)}</span></#list>
            <#list dkAppDataKeys as key><span data-key="data.${key}">${msg("dkAppData." + key)}</span></#list>
        </template>
        <script src="${url.resourcesPath}/js/dk-app-simulator.js" defer></script>
    </#if>
</@layout.registrationLayout>

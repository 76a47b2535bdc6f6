<#ftl output_format="plainText">
${msg("dkActivationBody", link, days, realmDisplayName)}

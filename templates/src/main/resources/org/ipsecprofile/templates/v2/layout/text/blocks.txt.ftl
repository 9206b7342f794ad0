<#--
  Lays out the generated content as RFC-style plain text: lines of at most 72 columns,
  paragraphs indented 3 spaces, definitions indented 3 more. <@fill> (provided by the plugin)
  fills a paragraph into lines.
-->
<#macro inlines list><#list list as i><#if i.kind == "text">${i.text}<#elseif i.kind == "keyword">${i.word}<#elseif i.kind == "citation"><#if i.section??>Section ${i.section} of </#if>[${i.anchor}]<#elseif i.kind == "sectionRef">"${i.title}"</#if></#list></#macro>

<#macro blocks list indent>
<#list list as b>
<#if b.kind == "paragraph">
<@fill indent=indent><@inlines b.inlines/></@fill>

<#elseif b.kind == "definitionList">
<#list b.definitions as d>
<@fill indent=indent><@inlines d.term/></@fill>
<@blocks d.description indent + 3/>
</#list>
<#elseif b.kind == "bulletList">
<#list b.items as item>
<@fill first=indent indent=indent + 2>o <@inlines item/></@fill><#t>

</#list>
</#if>
</#list>
</#macro>

<#macro section s>
<@fill indent=0>${s.title}</@fill><#t>

<@blocks s.blocks 3/>
<#list s.subsections as sub>
<@section sub/>
</#list>
</#macro>

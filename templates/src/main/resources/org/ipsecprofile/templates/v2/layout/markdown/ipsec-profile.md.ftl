<#import "blocks.md.ftl" as b>
<@b.section section headingLevel/>

using ArticleReader.Ingestion.Html;
using ArticleReader.Model;

namespace ArticleReader.Tests.Ingestion.Html;

public class BlockRulesTests
{
    private static readonly LinkShare NoLinks = new(0, 0);

    [Theory]
    [InlineData("Advertisement", BlockKinds.Boilerplate)]
    [InlineData("Story continues below advertisement", BlockKinds.Boilerplate)]
    [InlineData("Continue Reading Below", BlockKinds.Boilerplate)]
    [InlineData("Share this article", BlockKinds.Boilerplate)]
    [InlineData("12 comments", BlockKinds.Boilerplate)]
    [InlineData("Tell us what YOU think...", BlockKinds.Boilerplate)]
    [InlineData("You may also like...", BlockKinds.Boilerplate)]
    [InlineData("DON'T MISS", BlockKinds.Boilerplate)]
    [InlineData("More Great WIRED Stories", BlockKinds.Boilerplate)]
    [InlineData("CLICK HERE TO GET THE FOX NEWS APP", BlockKinds.Boilerplate)]
    [InlineData("Like this story? Share it with a friend!", BlockKinds.Boilerplate)]
    [InlineData("This slideshow requires JavaScript.", BlockKinds.Boilerplate)]
    [InlineData("[button link=”http://x.example/submit” type=”big”] Send us YOUR kit review[/button]", BlockKinds.Boilerplate)]
    [InlineData("This post may contain affiliate and/or referral links. Please see my disclosure page.", BlockKinds.Boilerplate)]
    [InlineData("PUBLISHED: 10:48, Tue, Nov 19, 2019", BlockKinds.Dateline)]
    [InlineData("| UPDATED: 11:05, Tue, Nov 19, 2019", BlockKinds.Dateline)]
    [InlineData("First Published: Tuesday, November 19, 2019 08:38 AM", BlockKinds.Dateline)]
    [InlineData("Nov. 20, 2019 5:52 AM EST", BlockKinds.Dateline)]
    [InlineData("Tuesday, 19 November 2019", BlockKinds.Dateline)]
    [InlineData("Posted on Nov. 19, 2019", BlockKinds.Dateline)]
    [InlineData("Updated at 1:23 p.m.", BlockKinds.Dateline)]
    [InlineData("By Justine Coleman - 11/18/19 11:04 PM EST", BlockKinds.Byline)]
    [InlineData("By Laura Mowat", BlockKinds.Byline)]
    [InlineData("by Regan September 15, 2014", BlockKinds.Byline)]
    [InlineData("Get the latest updates right in your inbox. Subscribe to NJ.com’s newsletters.", BlockKinds.Furniture)]
    [InlineData("Subscribe to WIRED and stay smart with more of your favorite Ideas writers.", BlockKinds.Furniture)]
    [InlineData("Mike Wall is the author of a book about aliens. Follow him on Twitter @michaeldwall.", BlockKinds.Furniture)]
    [InlineData("Protesters do not want Hong Kong to lose its autonomy (Image: getty )", BlockKinds.Caption)]
    [InlineData("Vicente Aguiar loads garage door trims into his pickup truck. (AP Photo/Alan Diaz, File)", BlockKinds.Caption)]
    [InlineData("Photo: Damian Dovarganes, AP", BlockKinds.Caption)]
    public void Furniture_lines_get_a_hidden_kind(string text, string expected)
    {
        Assert.Equal(expected, BlockRules.Classify(BlockKinds.Body, text, NoLinks));
    }

    [Theory]
    [InlineData("By Tuesday, the council had voted to close the bridge for the winter.")]
    [InlineData("Share prices fell for a third day as investors weighed the earnings of the largest retailers.")]
    [InlineData("More than 200 people gathered at the courthouse on Monday.")]
    [InlineData("Updated guidance from the agency arrived too late for most schools.")]
    [InlineData("She said the advertisement had run for months before anyone complained about it.")]
    [InlineData("The governor signed the bill (a compromise reached after weeks of talks) on Friday.")]
    [InlineData("Updated guidance from the agency arrived in 2019, too late for most schools.")]
    [InlineData("The company apologised on Monday (the image was later removed).")]
    public void Ordinary_sentences_stay_body(string text)
    {
        Assert.Equal(BlockKinds.Body, BlockRules.Classify(BlockKinds.Body, text, NoLinks));
    }

    [Theory]
    [InlineData("SEE MORE: Hong Kong protests: 800 students under siege in university", 0.9, BlockKinds.RelatedLink)]
    [InlineData("Also on rt.com Journalists & politicians threatened with sedition arrests", 0.8, BlockKinds.RelatedLink)]
    [InlineData("READ MORE: ten things to know", 0.1, BlockKinds.Body)]
    [InlineData("More than 200 people gathered outside the courthouse, according to police estimates, on a cold Monday morning.", 0.35, BlockKinds.Body)]
    [InlineData("Related: City council approves new budget", 0.9, BlockKinds.RelatedLink)]
    [InlineData("CO-FOUNDER 'PROUD' OF HOME DEPOT EMPLOYEES LIVING OUT THEIR AMERICAN DREAM", 1.0, BlockKinds.RelatedLink)]
    public void Link_led_lines_are_related_links(string text, double linkDensity, string expected)
    {
        Assert.Equal(expected, BlockRules.Classify(BlockKinds.Body, text, new LinkShare(linkDensity, linkDensity)));
    }

    [Theory]
    [InlineData("Afghan woman politician sees Taliban talks as only hope", 1.0, 1.0, BlockKinds.RelatedLink)]
    [InlineData("Get it on Amazon for $39.99 with free shipping today", 1.0, 0.0, BlockKinds.ListItem)]
    [InlineData("Baby carrier", 1.0, 1.0, BlockKinds.ListItem)]
    [InlineData("Sign up for a Hulu ad-free account for $11.99 a month", 0.5, 0.0, BlockKinds.ListItem)]
    public void List_items_are_related_links_only_when_they_link_a_headline_on_the_same_site(string text, double all, double sameSite, string expected)
    {
        Assert.Equal(expected, BlockRules.Classify(BlockKinds.ListItem, text, new LinkShare(all, sameSite)));
    }

    [Fact]
    public void Quotes_and_captions_are_never_reclassified()
    {
        Assert.Equal(BlockKinds.Quote, BlockRules.Classify(BlockKinds.Quote, "Advertisement", NoLinks));
        Assert.Equal(BlockKinds.Caption, BlockRules.Classify(BlockKinds.Caption, "Share this article", NoLinks));
    }
}

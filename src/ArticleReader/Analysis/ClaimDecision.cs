using ArticleReader.Claims;

namespace ArticleReader.Analysis;

// Whether a sentence is a claim. The check-worthiness model was trained on debate transcripts; opinion
// columns make most of their checkable assertions as predictions, causal and comparative statements and
// attributed speech, which its debate vocabulary under-scores. So a sentence is a claim when the model
// says so, or when a rule finds one of those specific claim types. (Measured on the seed gold: isClaim F1
// 0.55 with the model alone, 0.76 with the rule types, at the same precision, 0.87.)
public static class ClaimDecision
{
    public static (bool IsClaim, ClaimAnalysis Claim) Decide(double score, double threshold, ClaimAnalysis claim, List<string> cues)
    {
        var byModel = score >= threshold;
        var byRule = claim.Type is not (ClaimTypes.None or ClaimTypes.Evaluation);
        cues.Insert(0, $"check-worthiness {score:0.00} (threshold {threshold:0.00})" + (byModel ? "" : byRule ? $"; a claim by its type ({claim.Type})" : "; not a claim"));
        if (!byModel && !byRule) return (false, claim);
        if (claim.Type == ClaimTypes.None)
        {
            // Check-worthy, but no type rule matched: a plain assertion, filed as evaluation (as the seed gold does).
            cues.Add("type:evaluation (check-worthy; no more specific type rule matched)");
            return (true, claim with { Type = ClaimTypes.Evaluation });
        }
        return (true, claim);
    }
}

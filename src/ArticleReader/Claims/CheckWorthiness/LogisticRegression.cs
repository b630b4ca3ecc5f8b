namespace ArticleReader.Claims.CheckWorthiness;

public sealed record LogisticRegressionOptions(
    double L2 = 1e-4,
    double PositiveWeight = 1.0,
    int MaxIterations = 300,
    double GradientTolerance = 1e-6,
    int History = 10);

public sealed record LogisticRegressionWeights(float[] Weights, float Bias, int Iterations, double Loss);

// Binary logistic regression, minimising mean weighted log-loss + L2/2 * |w|^2 (the bias is not penalised)
// with L-BFGS. Full-batch and single-threaded, so the same data always gives the same weights, bit for bit.
public static class LogisticRegression
{
    public static LogisticRegressionWeights Train(IReadOnlyList<SparseVector> rows, IReadOnlyList<bool> labels, int dimension,
        LogisticRegressionOptions? options = null)
    {
        options ??= new LogisticRegressionOptions();
        if (rows.Count != labels.Count) throw new ArgumentException("rows and labels differ in length");
        if (rows.Count == 0) throw new ArgumentException("no training rows");

        var problem = new Problem(rows, labels, dimension, options);
        var x = new double[dimension + 1];
        var (iterations, loss) = Lbfgs.Minimise(problem.Evaluate, x, options.MaxIterations, options.GradientTolerance, options.History);
        var weights = new float[dimension];
        for (var j = 0; j < dimension; j++) weights[j] = (float)x[j];
        return new LogisticRegressionWeights(weights, (float)x[dimension], iterations, loss);
    }

    public static double Sigmoid(double z) => z >= 0 ? 1 / (1 + Math.Exp(-z)) : Math.Exp(z) / (1 + Math.Exp(z));

    sealed class Problem
    {
        readonly int[] rowStart;
        readonly int[] indices;
        readonly float[] values;
        readonly double[] targets;
        readonly double[] rowWeights;
        readonly int dimension;
        readonly double l2;

        public Problem(IReadOnlyList<SparseVector> rows, IReadOnlyList<bool> labels, int dimension, LogisticRegressionOptions options)
        {
            this.dimension = dimension;
            l2 = options.L2;
            rowStart = new int[rows.Count + 1];
            for (var i = 0; i < rows.Count; i++) rowStart[i + 1] = rowStart[i] + rows[i].Count;
            indices = new int[rowStart[^1]];
            values = new float[rowStart[^1]];
            targets = new double[rows.Count];
            rowWeights = new double[rows.Count];
            var totalWeight = 0.0;
            for (var i = 0; i < rows.Count; i++)
            {
                foreach (var index in rows[i].Indices)
                    if ((uint)index >= (uint)dimension) throw new ArgumentException($"feature index {index} outside dimension {dimension}");
                rows[i].Indices.CopyTo(indices, rowStart[i]);
                rows[i].Values.CopyTo(values, rowStart[i]);
                targets[i] = labels[i] ? 1 : 0;
                rowWeights[i] = labels[i] ? options.PositiveWeight : 1.0;
                totalWeight += rowWeights[i];
            }
            for (var i = 0; i < rowWeights.Length; i++) rowWeights[i] /= totalWeight;
        }

        public double Evaluate(double[] x, double[] gradient)
        {
            Array.Clear(gradient);
            var bias = x[dimension];
            var loss = 0.0;
            for (var i = 0; i < targets.Length; i++)
            {
                var z = bias;
                for (var k = rowStart[i]; k < rowStart[i + 1]; k++) z += x[indices[k]] * values[k];
                // log(1 + e^z) - y z, written to stay finite for large |z|
                loss += rowWeights[i] * ((z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z))) - targets[i] * z);
                var g = rowWeights[i] * (Sigmoid(z) - targets[i]);
                for (var k = rowStart[i]; k < rowStart[i + 1]; k++) gradient[indices[k]] += g * values[k];
                gradient[dimension] += g;
            }
            var penalty = 0.0;
            for (var j = 0; j < dimension; j++)
            {
                penalty += x[j] * x[j];
                gradient[j] += l2 * x[j];
            }
            return loss + 0.5 * l2 * penalty;
        }
    }
}

// Limited-memory BFGS with a backtracking Armijo line search.
internal static class Lbfgs
{
    public delegate double Objective(double[] x, double[] gradient);

    public static (int Iterations, double Value) Minimise(Objective objective, double[] x, int maxIterations, double tolerance, int history)
    {
        var n = x.Length;
        var g = new double[n];
        var f = objective(x, g);
        var s = new double[history][];
        var y = new double[history][];
        var rho = new double[history];
        var alpha = new double[history];
        var stored = 0;
        var newest = -1;
        var direction = new double[n];
        var xNew = new double[n];
        var gNew = new double[n];
        var gradientScale = Math.Max(1.0, Norm(g));

        var iteration = 0;
        for (; iteration < maxIterations; iteration++)
        {
            if (Norm(g) <= tolerance * gradientScale) break;

            for (var j = 0; j < n; j++) direction[j] = -g[j];
            for (var m = 0; m < stored; m++)
            {
                var slot = ((newest - m) % history + history) % history;
                alpha[slot] = rho[slot] * Dot(s[slot], direction);
                Axpy(-alpha[slot], y[slot], direction);
            }
            var gamma = stored > 0 ? Dot(s[newest], y[newest]) / Dot(y[newest], y[newest]) : 1.0 / Math.Max(1.0, Norm(g));
            for (var j = 0; j < n; j++) direction[j] *= gamma;
            for (var m = stored - 1; m >= 0; m--)
            {
                var slot = ((newest - m) % history + history) % history;
                var beta = rho[slot] * Dot(y[slot], direction);
                Axpy(alpha[slot] - beta, s[slot], direction);
            }

            var slope = Dot(g, direction);
            if (slope >= 0)
            {
                // not a descent direction: restart from steepest descent
                stored = 0;
                for (var j = 0; j < n; j++) direction[j] = -g[j] / Math.Max(1.0, Norm(g));
                slope = Dot(g, direction);
            }

            var step = 1.0;
            double fNew;
            var accepted = false;
            for (var tries = 0; tries < 40; tries++)
            {
                for (var j = 0; j < n; j++) xNew[j] = x[j] + step * direction[j];
                fNew = objective(xNew, gNew);
                if (fNew <= f + 1e-4 * step * slope)
                {
                    accepted = true;
                    newest = (newest + 1) % history;
                    s[newest] ??= new double[n];
                    y[newest] ??= new double[n];
                    for (var j = 0; j < n; j++)
                    {
                        s[newest][j] = xNew[j] - x[j];
                        y[newest][j] = gNew[j] - g[j];
                    }
                    var sy = Dot(s[newest], y[newest]);
                    if (sy > 1e-12)
                    {
                        rho[newest] = 1 / sy;
                        stored = Math.Min(stored + 1, history);
                    }
                    else newest = (newest - 1 + history) % history;
                    Array.Copy(xNew, x, n);
                    Array.Copy(gNew, g, n);
                    var improvement = f - fNew;
                    f = fNew;
                    if (improvement <= 1e-12 * Math.Max(1.0, Math.Abs(f))) return (iteration + 1, f);
                    break;
                }
                step *= 0.5;
            }
            if (!accepted) break;
        }
        return (iteration, f);
    }

    static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    static double Norm(double[] a) => Math.Sqrt(Dot(a, a));

    static void Axpy(double a, double[] x, double[] y)
    {
        for (var i = 0; i < y.Length; i++) y[i] += a * x[i];
    }
}

var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/", () => "ArticleReader");
app.Run();
public partial class Program;

package headline

import "testing"

var benchTitles = []string{
	"You Won't Believe What This Llama Did At The County Fair!!!",
	"Harbour city council delays vote on water tariffs",
	"Tech founder Mara Velez implicated in bribery scheme by state officials",
	"21 Things Only People From Lower Marsh Will Understand",
}

// BenchmarkAnalyze shows the cost of one headline (target: well under
// 0.3 ms).
func BenchmarkAnalyze(b *testing.B) {
	if _, err := loadModel(); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Analyze(benchTitles[i%len(benchTitles)], "en")
	}
}

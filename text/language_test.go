package text

import "testing"

func TestLanguage(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"The council said on Tuesday that the new wall would be built by the end of the decade, and that it was paid for by the state.", "en"},
		{"Der Stadtrat hat am Dienstag beschlossen, dass die neue Mauer bis zum Ende des Jahrzehnts gebaut wird und nicht von der Stadt bezahlt wird.", "de"},
		{"Le conseil municipal a décidé mardi que le nouveau mur serait construit avant la fin de la décennie et qu'il ne sera pas payé par la ville.", "fr"},
		{"El consejo municipal decidió el martes que el nuevo muro se construirá antes del final de la década y que no lo pagará la ciudad.", "es"},
		{"Il consiglio comunale ha deciso martedì che il nuovo muro sarà costruito entro la fine del decennio e che non sarà pagato dalla città.", "it"},
		{"De gemeenteraad heeft dinsdag besloten dat de nieuwe muur voor het einde van het decennium wordt gebouwd en niet door de stad wordt betaald.", "nl"},
		{"Городской совет во вторник решил, что новая стена будет построена до конца десятилетия.", "ru"},
		{"", ""},
		{"OK", ""},
		{"12345 67890 !!!", ""},
	} {
		if got := Language(tc.in); got != tc.want {
			t.Errorf("Language(%.30q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSampleBounds(t *testing.T) {
	long := ""
	for len(long) < 3*languageSample {
		long += "naïve café "
	}
	s := sample(long, languageSample)
	if len(s) > languageSample || len(s) < languageSample/2 {
		t.Fatalf("sample length %d", len(s))
	}
}

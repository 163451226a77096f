briefingSearchData("r/qlh4w",[{"k":"term","u":"glossary/russia/","t":"Russia","x":"A state in Eastern Europe and Northern Asia.\nRussia signed the treaty with North Korea."}]);

briefingSearchData("r/qlh4w",{"p":"glossary/russia/","r":[{"k":"term","t":"Russie","x":"Un État d’Europe de l’Est et d’Asie du Nord.\nLa Russie a signé le traité avec la Corée du Nord."}]});

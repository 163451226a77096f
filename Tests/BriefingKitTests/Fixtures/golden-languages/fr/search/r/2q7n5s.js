briefingSearchData("r/2q7n5s",{"p":"glossary/north-korea/","r":[{"k":"term","t":"Corée du Nord","x":"Un État d’Asie de l’Est \u003cnord\u003e.\nAussi appelée RPDC."}]});

briefingSearchData("r/2q7n5s",[{"k":"term","u":"glossary/north-korea/","t":"Corée du Nord","x":"Un État d’Asie de l’Est \u003cnord\u003e.\nAussi appelée RPDC."}]);

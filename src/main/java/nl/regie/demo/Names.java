package nl.regie.demo;

/** Common given and family names per nationality, with the usual contact language (ISO 639-1). */
record Names(String language, String[] male, String[] female, String[] family) {

    static Names forNationality(String code) {
        return switch (code) {
            case "SYR", "XXA" -> new Names("ar",
                    new String[] {"Mohammed", "Ahmad", "Omar", "Khaled", "Yousef", "Hassan", "Ali", "Mahmoud", "Ibrahim", "Samer"},
                    new String[] {"Fatima", "Aya", "Rasha", "Noor", "Hiba", "Lina", "Amal", "Rania", "Dima", "Yasmin"},
                    new String[] {"Al-Hassan", "Haddad", "Khalil", "Darwish", "Mansour", "Nasser", "Saleh", "Hamdan", "Youssef", "Qassem"});
            case "ERI" -> new Names("ti",
                    new String[] {"Dawit", "Yonas", "Tesfay", "Mehari", "Kidane", "Robel", "Filmon", "Semere", "Natnael", "Habtom"},
                    new String[] {"Helen", "Selam", "Saba", "Luwam", "Rahel", "Yordanos", "Senait", "Eden", "Freweyni", "Mebrat"},
                    new String[] {"Tesfamariam", "Gebremedhin", "Haile", "Tekle", "Berhane", "Ghebreyesus", "Woldu", "Kahsay", "Ghirmay", "Andemariam"});
            case "AFG" -> new Names("fa",
                    new String[] {"Ahmad", "Mohammad", "Abdul", "Farid", "Hamid", "Javid", "Nasir", "Sayed", "Wahid", "Zabihullah"},
                    new String[] {"Zahra", "Fatima", "Maryam", "Soraya", "Parwana", "Shabnam", "Nilofar", "Farzana", "Latifa", "Mina"},
                    new String[] {"Ahmadi", "Hakimi", "Rahimi", "Karimi", "Noori", "Sultani", "Popal", "Hashimi", "Amiri", "Safi"});
            case "TUR" -> new Names("tr",
                    new String[] {"Mehmet", "Mustafa", "Ahmet", "Emre", "Burak", "Hasan", "Yusuf", "Murat", "Kerem", "Can"},
                    new String[] {"Ayşe", "Elif", "Zeynep", "Fatma", "Emine", "Büşra", "Merve", "Esra", "Hatice", "Selin"},
                    new String[] {"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Aydın", "Öztürk", "Arslan", "Doğan"});
            case "UKR" -> new Names("uk",
                    new String[] {"Oleksandr", "Andrii", "Dmytro", "Serhii", "Mykola", "Ivan", "Yurii", "Taras", "Bohdan", "Vasyl"},
                    new String[] {"Olena", "Iryna", "Nataliia", "Oksana", "Tetiana", "Yuliia", "Kateryna", "Svitlana", "Anastasiia", "Mariia"},
                    new String[] {"Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko", "Oliinyk", "Lysenko", "Moroz"});
            case "MAR" -> new Names("ar",
                    new String[] {"Youssef", "Mohamed", "Hamza", "Anas", "Bilal"},
                    new String[] {"Salma", "Imane", "Khadija", "Sara", "Nadia"},
                    new String[] {"El Amrani", "Benali", "Bakkali", "El Idrissi", "Ouali"});
            case "IND" -> new Names("en",
                    new String[] {"Arjun", "Rahul", "Vikram", "Sanjay", "Amit"},
                    new String[] {"Priya", "Ananya", "Divya", "Kavya", "Neha"},
                    new String[] {"Sharma", "Patel", "Iyer", "Reddy", "Nair"});
            case "CHN" -> new Names("zh",
                    new String[] {"Wei", "Jun", "Hao", "Lei", "Tao"},
                    new String[] {"Li", "Mei", "Xin", "Yan", "Hui"},
                    new String[] {"Wang", "Zhang", "Chen", "Liu", "Huang"});
            case "BRA" -> new Names("pt",
                    new String[] {"João", "Lucas", "Pedro", "Gabriel", "Rafael"},
                    new String[] {"Ana", "Beatriz", "Juliana", "Camila", "Larissa"},
                    new String[] {"Silva", "Santos", "Oliveira", "Souza", "Pereira"});
            default -> throw new IllegalArgumentException("Geen namenlijst voor " + code);
        };
    }
}

// French, Spanish and Arabic versions of the key messages and the nine actions. The campaign
// published them in English only; these are the project's translations, kept close to the text.

type ActionText = { title: string; body: string[] };
type Translation = { keyMessages: string[]; actions: Record<number, ActionText> };

export const translations: Record<"fr" | "es" | "ar", Translation> = {
  fr: {
    keyMessages: [
      "We are ALE unit les organisations pour que l’apprentissage et l’éducation des adultes soient vus, compris et valorisés partout dans le monde",
      "Parler d’une seule voix pour que l’AEA soit vue, comprise et valorisée",
      "Une voix mondiale pour l’apprentissage et l’éducation des adultes",
      "Se connecter à l’échelle mondiale pour l’AEA",
      "We are ALE – unis pour la justice, le bien-être et le changement !",
    ],
    actions: {
      1: {
        title: "Adopter le logo de la campagne AEA et l’intégrer dans les communications de votre organisation",
        body: [
          "En plaçant le logo de la campagne à côté de votre logo dans toutes vos communications, votre organisation fait connaître la campagne dans tous les médias et sur les réseaux sociaux, et vous relie à l’alliance dans son ensemble.",
        ],
      },
      2: {
        title:
          "Utiliser notre définition plus large et plus inclusive de l’AEA dans votre travail de lobbying, d’éducation et de plaidoyer",
        body: [
          "La définition a été élaborée en collaboration avec 13 associations internationales de toutes les régions du monde. Elle nous aide à mener un effort cohérent et concerté dans nos initiatives d’éducation et de plaidoyer.",
        ],
      },
      3: {
        title: "S’inscrire sur le site de la campagne AEA et encourager d’autres organisations à faire de même",
        body: [
          "Utilisez le matériel de la campagne dans vos stratégies de réseaux sociaux et de réseautage pour faire connaître la campagne AEA.",
          "Encouragez les organisations affiliées à s’inscrire pour montrer leur soutien à la campagne.",
        ],
      },
      4: {
        title:
          "Au niveau local, lancer de nouvelles initiatives ou développer celles qui existent pour donner de la valeur à la campagne AEA",
        body: [
          "Par exemple, mener un plaidoyer auprès des autorités locales, des bailleurs, du secteur privé et/ou de la société civile pour qu’ils reconnaissent la valeur de l’AEA et promeuvent des programmes et des démarches d’AEA de qualité.",
          "Lancer des actions de sensibilisation ou des dialogues sur l’importance de l’AEA dans vos centres d’apprentissage communautaires, avec les autorités locales et les associations, et relier vos initiatives à la campagne AEA nationale et mondiale.",
        ],
      },
      5: {
        title:
          "Au niveau national, plaider pour l’AEA afin d’accroître la visibilité et le financement des projets d’AEA, de la manière qui convient à votre contexte",
        body: [
          "Discutez avec vos parlementaires des bienfaits de l’AEA et de son importance pour atteindre les ODD. Plaidez pour un budget accru pour l’éducation non formelle, les centres d’apprentissage communautaires, l’EFTP et les autres programmes d’AEA.",
          "Publiez une prise de position sur la nécessité d’investir dans l’AEA et diffusez-la auprès du ministère de l’Éducation et des organismes concernés pendant la préparation du budget national de votre pays.",
        ],
      },
      6: {
        title:
          "S’engager dans les processus de l’UNESCO dans votre pays et votre région en vue de la septième Conférence internationale sur l’éducation des adultes – CONFINTEA VII, prévue en 2022, afin d’assurer une forte participation de la société civile à ses processus, programmes et résultats",
        body: [
          "Rencontrez la Commission nationale pour l’UNESCO et le ministère de l’Éducation pour connaître les préparatifs de votre pays pour la CONFINTEA VII et demander à y participer.",
          "Présentez une prise de position des organisations de la société civile (OSC) sur l’AEA et sur l’éducation à la citoyenneté mondiale aux délégations et aux organismes publics participant à la CONFINTEA VII.",
          "Rapprochez-vous de l’ICAE et de DVV International pour participer aux consultations sous-régionales de la CONFINTEA VII organisées par l’Institut de l’UNESCO pour l’apprentissage tout au long de la vie (UIL) et les bureaux régionaux de l’UNESCO.",
        ],
      },
      7: {
        title:
          "Contribuer à façonner et à construire la campagne aux niveaux local, régional et international à travers des événements communs ou des occasions comme le 40e anniversaire de l’ICAE, et en repérant d’autres moments clés autour desquels l’alliance peut se mobiliser",
        body: [],
      },
      8: {
        title:
          "Soutenir les initiatives de plaidoyer pour l’AEA au niveau international afin d’influencer les politiques et les financements",
        body: ["Contribuez au plaidoyer autour des ODD et de l’Agenda 2030 pour faire reconnaître l’AEA."],
      },
      9: {
        title:
          "Dans l’intérêt de la justice, du bien-être et du changement, localement et mondialement, agir ensemble pour que l’AEA soit vue, comprise et valorisée comme essentielle à une planète plus saine et à un monde meilleur",
        body: [
          "Adressez-vous à vos gouvernements, aux bailleurs, au secteur privé, aux organisations internationales et aux mouvements sociaux, et mobilisez-vous pour l’AEA. Encouragez-les à reconnaître l’importance fondamentale de l’AEA pour la justice, le bien-être et le changement !",
        ],
      },
    },
  },
  es: {
    keyMessages: [
      "We are ALE une a las organizaciones para que el aprendizaje y la educación de adultos sean vistos, comprendidos y valorados en todo el mundo",
      "Hablar con una sola voz para que el AEA sea visto, comprendido y valorado",
      "Una voz mundial por el aprendizaje y la educación de adultos",
      "Conectar en todo el mundo por el AEA",
      "We are ALE: unidos por la justicia, el bienestar y el cambio",
    ],
    actions: {
      1: {
        title: "Adoptar el logo de la campaña del AEA e integrarlo en las comunicaciones de tu organización",
        body: [
          "Al incluir el logo de la campaña junto al de tu organización en todas tus comunicaciones, das a conocer la campaña en todos los medios y redes sociales, y te vinculas con la alianza en su conjunto.",
        ],
      },
      2: {
        title:
          "Usar nuestra definición más amplia e inclusiva del AEA en tu trabajo de incidencia, educación y promoción",
        body: [
          "La definición se elaboró en colaboración con 13 asociaciones internacionales de todas las regiones del mundo. Nos ayuda a mantener un esfuerzo coherente y colaborativo en las iniciativas de educación e incidencia.",
        ],
      },
      3: {
        title: "Registrarse en el sitio web de la campaña del AEA y animar a otros a hacer lo mismo",
        body: [
          "Usa el material de la campaña en tus estrategias de redes sociales y de trabajo en red para popularizar la campaña del AEA.",
          "Anima a las organizaciones afiliadas a registrarse para demostrar su apoyo a la campaña.",
        ],
      },
      4: {
        title:
          "A nivel local, iniciar nuevas iniciativas o ampliar las existentes que aporten valor a la campaña del AEA",
        body: [
          "Un ejemplo puede ser hacer incidencia ante el gobierno local, los donantes, el sector privado o la sociedad civil para que reconozcan el valor del AEA y promuevan programas y procesos de AEA de calidad.",
          "Impulsa actividades de sensibilización o diálogos sobre la importancia del AEA en tus centros comunitarios de aprendizaje, con los gobiernos locales y las asociaciones comunitarias, y vincula tus iniciativas con la campaña nacional y mundial del AEA.",
        ],
      },
      5: {
        title:
          "A nivel nacional, abogar por el AEA para aumentar la visibilidad y la financiación de proyectos de AEA de la forma adecuada a tu contexto",
        body: [
          "Habla con tus parlamentarios sobre los beneficios del AEA y su importancia para alcanzar los ODS. Aboga por un mayor presupuesto para la educación no formal, los centros comunitarios de aprendizaje, la EFTP y otros programas de AEA.",
          "Publica un documento de posición sobre la necesidad de invertir en el AEA y difúndelo al Ministerio de Educación y a los organismos pertinentes durante la preparación del presupuesto nacional de tu país.",
        ],
      },
      6: {
        title:
          "Participar en los procesos de la UNESCO en tu país y región de cara a la Séptima Conferencia Internacional de Educación de Adultos – CONFINTEA VII, prevista para 2022, para asegurar una fuerte participación de la sociedad civil en sus procesos, programas y resultados",
        body: [
          "Reúnete con la Comisión Nacional de Cooperación con la UNESCO y el Ministerio de Educación para conocer los preparativos de tu país para la CONFINTEA VII y solicitar participar.",
          "Presenta un documento de posición de las organizaciones de la sociedad civil (OSC) sobre el AEA y la educación para la ciudadanía mundial a las delegaciones y los organismos gubernamentales que asistan a la CONFINTEA VII.",
          "Ponte en contacto con el ICAE y DVV International para participar en las consultas subregionales de la CONFINTEA VII organizadas por el Instituto de la UNESCO para el Aprendizaje a lo Largo de Toda la Vida (UIL) y las oficinas regionales de la UNESCO.",
        ],
      },
      7: {
        title:
          "Ayudar a dar forma y a construir la campaña a nivel local, regional e internacional mediante eventos comunes u ocasiones como el 40.º aniversario del ICAE, e identificar otros hitos en torno a los cuales la alianza pueda movilizarse",
        body: [],
      },
      8: {
        title:
          "Apoyar las iniciativas de incidencia a favor del AEA a nivel internacional para influir en las políticas y la financiación",
        body: [
          "Colabora con los esfuerzos de incidencia en torno a los ODS y la Agenda 2030 para lograr el reconocimiento del AEA.",
        ],
      },
      9: {
        title:
          "En favor de la justicia, el bienestar y el cambio, a nivel local y mundial, actuar juntos para que el AEA sea visto, comprendido y valorado como clave para un planeta más sano y un mundo mejor",
        body: [
          "Dirígete a tus gobiernos, donantes, sector privado, organizaciones internacionales y movimientos sociales y movilízate por el AEA. ¡Anímalos a reconocer la importancia fundamental del AEA para la justicia, el bienestar y el cambio!",
        ],
      },
    },
  },
  ar: {
    keyMessages: [
      "تجمع We are ALE المنظمات كي يكون تعلّم الكبار وتعليمهم مرئيًا ومفهومًا ومقدَّرًا في جميع أنحاء العالم",
      "نتحدث بصوت واحد كي يكون تعلّم الكبار وتعليمهم مرئيًا ومفهومًا ومقدَّرًا",
      "صوت عالمي من أجل تعلّم الكبار وتعليمهم",
      "نتواصل عالميًا من أجل تعلّم الكبار وتعليمهم",
      "We are ALE – متحدون من أجل العدالة والرفاه والتغيير!",
    ],
    actions: {
      1: {
        title: "اعتماد شعار حملة تعلّم الكبار وتعليمهم ودمجه في اتصالات منظمتكم",
        body: [
          "بوضع شعار الحملة بجانب شعاركم في جميع اتصالاتكم، تعرّف منظمتكم بالحملة عبر جميع وسائل الإعلام ووسائل التواصل الاجتماعي، وترتبط بالتحالف الأوسع.",
        ],
      },
      2: {
        title: "استخدام تعريفنا الأوسع والأشمل لتعلّم الكبار وتعليمهم في عملكم في كسب التأييد والتثقيف والمناصرة",
        body: [
          "وُضع التعريف بالتعاون مع 13 جمعية دولية من جميع مناطق العالم. ويساعدنا على الحفاظ على جهد متسق وتعاوني في مبادرات التثقيف والمناصرة.",
        ],
      },
      3: {
        title: "التسجيل في الموقع الإلكتروني للحملة وتشجيع الآخرين على القيام بالمثل",
        body: [
          "استخدموا مواد الحملة في استراتيجياتكم على وسائل التواصل الاجتماعي وفي التشبيك للتعريف بالحملة.",
          "شجّعوا المنظمات المنتسبة إليكم على التسجيل لإظهار دعمها للحملة.",
        ],
      },
      4: {
        title: "على المستوى المحلي، إطلاق مبادرات جديدة أو توسيع المبادرات القائمة التي تضيف قيمة إلى الحملة",
        body: [
          "من الأمثلة على ذلك كسب تأييد الحكومة المحلية والجهات المانحة والقطاع الخاص و/أو المجتمع المدني للاعتراف بقيمة تعلّم الكبار وتعليمهم وتعزيز برامجه وعملياته الجيدة.",
          "أطلقوا أنشطة توعية أو حوارات حول أهمية تعلّم الكبار وتعليمهم في مراكز التعلّم المجتمعية، ومع الحكومات المحلية والجمعيات المجتمعية، واربطوا مبادراتكم بالحملة الوطنية والعالمية.",
        ],
      },
      5: {
        title: "على المستوى الوطني، المناصرة من أجل زيادة حضور مشاريع تعلّم الكبار وتعليمهم وتمويلها بطرق تناسب سياقكم",
        body: [
          "ناقشوا مع برلمانييكم فوائد تعلّم الكبار وتعليمهم وأهميته لتحقيق أهداف التنمية المستدامة. وادعوا إلى زيادة ميزانية التعليم غير النظامي ومراكز التعلّم المجتمعية والتعليم والتدريب التقني والمهني وسائر البرامج التي تقدّم تعلّم الكبار وتعليمهم.",
          "أصدروا ورقة موقف بشأن ضرورة الاستثمار في تعلّم الكبار وتعليمهم، ووزّعوها على وزارة التربية والجهات المعنية أثناء إعداد الميزانية الوطنية في بلدكم.",
        ],
      },
      6: {
        title:
          "المشاركة في عمليات اليونسكو في بلدكم ومنطقتكم تمهيدًا للمؤتمر الدولي السابع لتعليم الكبار (كونفينتيا السابع) المقرر عام 2022، لضمان مشاركة قوية للمجتمع المدني في عمليات المؤتمر وبرامجه ونتائجه",
        body: [
          "التقوا باللجنة الوطنية لليونسكو ووزارة التربية للاطلاع على استعدادات بلدكم للمؤتمر وطلب المشاركة فيه.",
          "قدّموا ورقة موقف لمنظمات المجتمع المدني بشأن تعلّم الكبار وتعليمهم وقضايا التربية على المواطنة العالمية إلى الوفود والجهات الحكومية المشاركة في المؤتمر.",
          "تواصلوا مع المجلس الدولي لتعليم الكبار (ICAE) ومع DVV International للمشاركة في المشاورات دون الإقليمية التي ينظمها معهد اليونسكو للتعلّم مدى الحياة (UIL) والمكاتب الإقليمية لليونسكو.",
        ],
      },
      7: {
        title:
          "المساهمة في تشكيل الحملة وبنائها محليًا وإقليميًا ودوليًا من خلال فعاليات مشتركة أو مناسبات مثل الذكرى الأربعين للمجلس الدولي لتعليم الكبار، وتحديد محطات أخرى يمكن للتحالف أن يحشد حولها",
        body: [],
      },
      8: {
        title: "دعم مبادرات المناصرة لتعلّم الكبار وتعليمهم على المستوى الدولي للتأثير في السياسات والتمويل",
        body: [
          "ساعدوا في جهود كسب التأييد المتعلقة بأهداف التنمية المستدامة وخطة عام 2030 من أجل الاعتراف بتعلّم الكبار وتعليمهم.",
        ],
      },
      9: {
        title:
          "من أجل العدالة والرفاه والتغيير، محليًا وعالميًا، العمل معًا كي يكون تعلّم الكبار وتعليمهم مرئيًا ومفهومًا ومقدَّرًا بوصفه أساسيًا لكوكب أكثر صحة وعالم أفضل",
        body: [
          "توجّهوا إلى حكوماتكم والجهات المانحة والقطاع الخاص والمنظمات الدولية والحركات الاجتماعية واحشدوا من أجل تعلّم الكبار وتعليمهم. وشجّعوهم على الاعتراف بأهميته الأساسية للعدالة والرفاه والتغيير!",
        ],
      },
    },
  },
};
